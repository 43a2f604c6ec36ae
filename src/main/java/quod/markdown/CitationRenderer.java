package quod.markdown;

import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/** Writes a citation as its page's formatted citations have it; one with an unknown key as written. */
final class CitationRenderer implements NodeRenderer {

    CitationRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Citation.class, (citation, context, html) -> {
            String formatted = PageContext.KEY.get(context.getOptions()).citations().html(citation);
            if (formatted != null && insideLink(citation)) {
                // a link cannot hold links: the citation's text, in the author's link
                html.raw("<span class=\"citation\">").raw(formatted.replaceAll("</?a\\b[^>]*>", "")).raw("</span>");
            } else if (formatted != null) {
                html.raw("<span class=\"citation\">").raw(formatted).raw("</span>");
            } else {
                html.text(citation.getChars().toString());
            }
        }));
    }

    private static boolean insideLink(Citation citation) {
        for (var n = citation.getParent(); n != null; n = n.getParent()) {
            if (n instanceof com.vladsch.flexmark.ast.Link || n instanceof com.vladsch.flexmark.ast.LinkRef) {
                return true;
            }
        }
        return false;
    }
}
