package quod.content;

/**
 * The YAML header of a page.
 *
 * @param title      page title (required)
 * @param order      position in the index and in previous/next links; pages without one come last, by path
 * @param summary    one sentence for the index
 * @param draft      drafts are not published
 * @param seed       seed of the page's random generator, or null for the default
 * @param checks     whether passed checks show a mark: "visible" or "hidden"
 * @param precision  significant digits of computed numbers, or null for the site's
 * @param solutions  "open", "collapsed", or null for the site's setting
 * @param maxMatrix  rows and columns of a computed matrix shown in full, or null for the site's
 */
public record FrontMatter(String title, Integer order, String summary, boolean draft, Long seed, String checks,
                          Integer precision, String solutions, Integer maxMatrix) {
}
