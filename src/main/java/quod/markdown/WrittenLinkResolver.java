package quod.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Flexmark's hook for the targets of links and images ({@code [a](x)}, {@code ![a](x)}, and reference links
 * through their definition): rewrites each from the Markdown file's folder to the page's HTML file
 * ({@link quod.page.SiteLinks}). Links the build makes itself (equation references, heading anchors, footnotes)
 * are written by their own renderers and never come here; neither does raw HTML, which is published as written.
 */
final class WrittenLinkResolver implements LinkResolver {
    private final PageContext page;

    private WrittenLinkResolver(PageContext page) {
        this.page = page;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (page == null || !(link.getLinkType() == LinkType.LINK || link.getLinkType() == LinkType.IMAGE)) {
            return link;  // LINK_REF and IMAGE_REF ask about undefined references: Flexmark writes those as text
        }
        PageSetup setup = page.setup();
        return link.withUrl(setup.links().inHtml(setup.source(), link.getUrl()));
    }

    /** One resolver per rendered page, reading the page from the renderer's options. */
    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new WrittenLinkResolver(PageContext.KEY.get(context.getOptions()));
        }
    }
}
