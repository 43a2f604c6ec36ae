package quod.page;

/**
 * A link target as written in a page's Markdown, and where: what the link checker points at when the
 * link is broken. Recorded by the parser from its nodes, so a link inside a block quote, a list or a
 * reference definition is found where it is, and the same text in prose or code is never mistaken for it.
 *
 * @param url    the target as written (before entity and percent decoding)
 * @param offset 0-based offset of its first character in the Markdown file
 */
public record SourceLink(String url, int offset) { }
