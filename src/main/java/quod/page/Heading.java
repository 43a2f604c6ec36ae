package quod.page;

/**
 * An entry of a page's table of contents: a heading, or a problem block (text "Problem 3(b)", id
 * {@code problem-3b}, one level below the heading before it). The text is plain: math shows as TeX.
 *
 * @param problem the problem's label as the page shows it ("3(b)"), or null for a heading
 */
public record Heading(int level, String id, String text, String problem) {

    /** A section heading. */
    public static Heading section(int level, String id, String text) {
        return new Heading(level, id, text, null);
    }
}
