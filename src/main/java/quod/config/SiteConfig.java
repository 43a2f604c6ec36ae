package quod.config;

import java.time.ZoneId;
import java.util.List;
import quod.edition.Edition;
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
 * @param solutions  whether solutions start open or collapsed
 * @param precision  default significant digits of computed numbers
 * @param maxMatrix  rows and columns of a computed matrix shown in full; larger ones are elided
 * @param keep       paths in the output folder, besides {@link #ALWAYS_KEPT}, that a rebuild carries over
 * @param trust      the KaTeX commands that need trust which formulas may use, e.g. {@code \href}
 * @param limits     how much memory and time a page's computations may use
 * @param edition    the edition a build makes when the command line names none
 * @param timezone   the zone release dates without one are read in, and every release date is shown in
 * @param citing     the BibTeX files every page may cite from, and the citation style
 * @param numbering  which counters numbered statements count on, and whether per page or per section
 */
public record SiteConfig(String title, String author, String course, String description, String baseUrl,
                         String language, Map<String, String> macros, Display.Solutions solutions, int precision,
                         int maxMatrix, List<String> keep, List<String> trust,
                         Limits limits, Edition edition, ZoneId timezone, Citing citing, Numbering numbering) {

    /** Numbering statements as {@link Numbering#DEFAULT} does. */
    public SiteConfig(String title, String author, String course, String description, String baseUrl,
                      String language, Map<String, String> macros, Display.Solutions solutions, int precision,
                      int maxMatrix, List<String> keep, List<String> trust, Limits limits, Edition edition,
                      ZoneId timezone, Citing citing) {
        this(title, author, course, description, baseUrl, language, macros, solutions, precision, maxMatrix, keep, trust,
                limits, edition, timezone, citing, Numbering.DEFAULT);
    }

    /** The staff edition, in UTC, citing nothing. */
    public SiteConfig(String title, String author, String course, String description, String baseUrl,
                      String language, Map<String, String> macros, Display.Solutions solutions, int precision,
                      int maxMatrix, List<String> keep, List<String> trust, Limits limits) {
        this(title, author, course, description, baseUrl, language, macros, solutions, precision, maxMatrix, keep, trust,
                limits, Edition.STAFF, ZoneId.of("UTC"), Citing.NONE);
    }

    /** What every rebuild carries over in the output folder: a gh-pages checkout and a custom domain. */
    public static final List<String> ALWAYS_KEPT = List.of(".git", "CNAME");

    public SiteConfig {
        macros = Map.copyOf(macros);
        keep = List.copyOf(keep);
        baseUrl = baseUrl.endsWith("/") || baseUrl.isEmpty() ? baseUrl : baseUrl + "/";
        trust = List.copyOf(trust);
    }

    /** Significant digits of computed numbers when neither site.yml nor the page says. */
    public static final int DEFAULT_PRECISION = 4;
    /** Rows and columns of a computed matrix shown in full when neither site.yml nor the page says. */
    public static final int DEFAULT_MAX_MATRIX = 8;

    public static SiteConfig defaults() {
        return new SiteConfig("Solutions", "", "", "", "", "en", Map.of(), Display.Solutions.OPEN, DEFAULT_PRECISION,
                DEFAULT_MAX_MATRIX, List.of(), List.of(), Limits.DEFAULTS, Edition.STAFF, ZoneId.of("UTC"), Citing.NONE,
                Numbering.DEFAULT);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, author, course, description, url, language, macros, solutions, precision, maxMatrix,
                keep, trust, limits, edition, timezone, citing, numbering);
    }

    /** Every path a rebuild carries over: {@link #ALWAYS_KEPT}, then {@code keep}. */
    public List<String> keptPaths() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(ALWAYS_KEPT);
        all.addAll(keep);
        return List.copyOf(all);
    }
}
