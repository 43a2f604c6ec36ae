package quod.content;

import quod.config.Citing;
import quod.config.Display;

/**
 * The YAML header of a page.
 *
 * @param title      page title (required)
 * @param order      position in the index and in previous/next links; pages without one come last, by path
 * @param summary    one sentence for the index
 * @param draft      drafts are not published
 * @param seed       seed of the page's random generator, or null for the default
 * @param checks     whether passed checks show a mark
 * @param precision  significant digits of computed numbers, or null for the site's
 * @param solutions  open or collapsed, or null for the site's setting
 * @param maxMatrix  rows and columns of a computed matrix shown in full, or null for the site's
 * @param citing     the page's own BibTeX files and citation style (added to, and chosen over, the site's)
 */
public record FrontMatter(String title, Integer order, String summary, boolean draft, Long seed,
                          Display.Checks checks, Integer precision, Display.Solutions solutions, Integer maxMatrix,
                          Citing citing) {
}
