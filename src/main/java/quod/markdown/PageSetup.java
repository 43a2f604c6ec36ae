package quod.markdown;

import java.util.Map;
import quod.cite.Bibliography;
import quod.config.Display;
import quod.page.SiteLinks;

/**
 * What the Markdown stage needs to know about a page beyond its text.
 *
 * @param slug          the page's slug ("" for the home page), to resolve references and links
 * @param solutionsOpen whether {@code ::: solution} blocks start open (front matter, else site.yml)
 * @param labels        the numbered things of every page of the site (equations, theorems, figures, ...)
 * @param checksVisible whether passed checks leave a "verified" mark (front matter {@code checks})
 * @param source        the page's Markdown file as a path in the content folder ({@code notes/deep.md}), which
 *                      the links it holds are relative to
 * @param links         the site's pages, to rewrite those links for the page's HTML file
 * @param edition       the edition the page is rendered for, with the page's release date
 * @param redaction     the page's computed results outside its hidden parts that depend on them
 * @param bibliography  the works the page may cite, and their style
 */
public record PageSetup(String slug, boolean solutionsOpen, LabelIndex labels, boolean checksVisible,
                        String source, SiteLinks links, PageEdition edition, Redaction redaction,
                        Bibliography bibliography) {

    /** The staff edition, which shows everything, of a page that names no bibliography. */
    public PageSetup(String slug, boolean solutionsOpen, LabelIndex labels, boolean checksVisible,
                     String source, SiteLinks links) {
        this(slug, solutionsOpen, labels, checksVisible, source, links, PageEdition.STAFF, Redaction.NONE,
                Bibliography.NONE);
    }

    /**
     * A page alone in its site, from {@code SLUG.md} ({@code index.md} for the home page), whose passed checks
     * show, as they do unless the page hides them.
     */
    public PageSetup(String slug, boolean solutionsOpen, LabelIndex labels) {
        this(slug, solutionsOpen, labels, true, sourceOf(slug), new SiteLinks(Map.of(sourceOf(slug), slug)));
    }

    private static String sourceOf(String slug) {
        return slug.isEmpty() ? "index.md" : slug + ".md";
    }

    /** Whether solutions start open for a page's {@code solutions} front matter (null: unset) and the site's. */
    public static boolean solutionsOpen(Display.Solutions pageSetting, Display.Solutions siteSetting) {
        Display.Solutions setting = pageSetting != null ? pageSetting : siteSetting;
        return setting != Display.Solutions.COLLAPSED;
    }
}
