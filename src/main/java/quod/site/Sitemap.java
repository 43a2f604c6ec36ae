package quod.site;

import java.util.List;
import java.util.Map;
import quod.render.Templates;

/**
 * {@code sitemap.xml} for search engines; written only when the site has a base URL. The XML comes from the
 * template {@code sitemap.ftlx}, which Freemarker escapes as XML; Quod has one built in, so a theme need not.
 */
final class Sitemap {
    static final String TEMPLATE = "sitemap.ftlx";

    private Sitemap() {
    }

    static String of(Templates templates, List<String> absoluteUrls) {
        return templates.render(TEMPLATE, Map.of("urls", absoluteUrls));
    }
}
