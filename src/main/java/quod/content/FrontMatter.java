package quod.content;

import quod.config.Citing;
import quod.config.Display;
import quod.edition.ReleaseDate;

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
 * @param release    when the page's solutions, answers and hints are shown to students, or null for no date
 * @param due        when the work of the section this page is the index page of is due, or null
 * @param citing     the page's own BibTeX files and citation style (added to, and chosen over, the site's)
 */
public record FrontMatter(String title, Integer order, String summary, boolean draft, Long seed,
                          Display.Checks checks, Integer precision, Display.Solutions solutions, Integer maxMatrix,
                          ReleaseDate release, ReleaseDate due, Citing citing) {

    /** A page without a release date that cites nothing of its own. */
    public FrontMatter(String title, Integer order, String summary, boolean draft, Long seed, Display.Checks checks,
                       Integer precision, Display.Solutions solutions, Integer maxMatrix) {
        this(title, order, summary, draft, seed, checks, precision, solutions, maxMatrix, null, null, Citing.NONE);
    }
}
