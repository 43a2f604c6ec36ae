package quod.markdown;

import quod.config.Display;

/**
 * What the Markdown stage needs to know about a page beyond its text.
 *
 * @param slug          the page's slug ("" for the home page), to resolve references and links
 * @param solutionsOpen whether {@code ::: solution} blocks start open (front matter, else site.yml)
 * @param equations     the numbered equations of every page of the site
 * @param checksVisible whether passed checks leave a "verified" mark (front matter {@code checks})
 */
public record PageSetup(String slug, boolean solutionsOpen, EquationIndex equations, boolean checksVisible) {

    /** A page whose passed checks show, as they do unless the page hides them. */
    public PageSetup(String slug, boolean solutionsOpen, EquationIndex equations) {
        this(slug, solutionsOpen, equations, true);
    }

    /** Whether solutions start open for a page's {@code solutions} front matter (null: unset) and the site's. */
    public static boolean solutionsOpen(Display.Solutions pageSetting, Display.Solutions siteSetting) {
        Display.Solutions setting = pageSetting != null ? pageSetting : siteSetting;
        return setting != Display.Solutions.COLLAPSED;
    }
}
