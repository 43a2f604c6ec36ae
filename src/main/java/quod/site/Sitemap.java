package quod.site;

import java.util.List;

/** {@code sitemap.xml} for search engines; written only when the site has a base URL. */
final class Sitemap {
    private Sitemap() {
    }

    static String of(List<String> absoluteUrls) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : absoluteUrls) {
            s.append("  <url><loc>").append(url.replace("&", "&amp;").replace("<", "&lt;")).append("</loc></url>\n");
        }
        return s.append("</urlset>\n").toString();
    }
}
