package quod.markdown;

import quod.edition.EditionRules;
import quod.edition.ReleaseDate;

/**
 * The edition a page is rendered for, with the page's own release date ({@code release:} in its front matter),
 * which its solutions, answers and hints take unless one carries its own.
 *
 * @param rules       the build's edition, its "now" and the site's time zone
 * @param pageRelease the page's release date, or null
 */
public record PageEdition(EditionRules rules, ReleaseDate pageRelease) {
    /** Everything shown: a page rendered on its own, or a site built without editions in mind. */
    public static final PageEdition STAFF = new PageEdition(EditionRules.STAFF, null);
}
