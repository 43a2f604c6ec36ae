package quod.page;

/**
 * A link target as written in a page's Markdown, and where: what the link checker points at when the
 * link is broken. Recorded by the parser from its nodes, so a link inside a block quote, a list or a
 * reference definition is found where it is, and the same text in prose or code is never mistaken for it.
 *
 * @param url    the target as written (before entity and percent decoding)
 * @param offset 0-based offset of its first character in the Markdown file
 * @param target for a Markdown link, image or reference definition: the target as Flexmark hands it to the
 *               renderer (backslash escapes and entities read), which {@link SiteLinks} rewrites; null for an
 *               {@code href} or {@code src} in raw HTML, which is published as written
 */
public record SourceLink(String url, int offset, String target) {

    /** Whether the build rewrites this link ({@link SiteLinks}): it is Markdown, not raw HTML. */
    public boolean markdown() {
        return target != null;
    }
}
