package quod.markdown;

/** A heading of a page, for its table of contents. */
public record Heading(int level, String id, String text) {
}
