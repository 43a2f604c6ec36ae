package quod.config;

import java.util.Map;

/**
 * The site-wide settings from {@code content/site.yml}.
 *
 * @param title      site title, shown on every page
 * @param author     author or course staff, shown in the footer
 * @param course     course name, shown under the title
 * @param description one paragraph for the index page
 * @param baseUrl    absolute URL the site is served from, or "" (used only for canonical links and the sitemap)
 * @param language   the {@code lang} of every page
 * @param macros     KaTeX macros, e.g. {@code \R -> \mathbb{R}}
 * @param solutions  whether solutions start "open" or "collapsed"
 * @param precision  default significant digits of computed numbers
 * @param maxMatrix  rows and columns of a computed matrix shown in full; larger ones are elided
 * @param limits     how much memory and time a page's computations may use
 */
public record SiteConfig(String title, String author, String course, String description, String baseUrl,
                         String language, Map<String, String> macros, String solutions, int precision,
                         int maxMatrix, Limits limits) {

    public SiteConfig {
        macros = Map.copyOf(macros);
        baseUrl = baseUrl.endsWith("/") || baseUrl.isEmpty() ? baseUrl : baseUrl + "/";
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Solutions", "", "", "", "", "en", Map.of(), "open", 4, 8, Limits.DEFAULTS);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, author, course, description, url, language, macros, solutions, precision, maxMatrix, limits);
    }
}
