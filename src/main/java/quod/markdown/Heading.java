package quod.markdown;

/**
 * An entry of a page's table of contents: a heading, or a problem block (text "Problem 3(b)", id
 * {@code problem-3b}, one level below the heading before it). The text is plain: math shows as TeX.
 */
public record Heading(int level, String id, String text) {
}
