package quod.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Writes fenced divs as the HTML of {@code notes/structure-html.md} (the stylesheet's contract: keep
 * its elements and class names), and reports unknown kinds, unclosed divs and stray closing fences.
 */
final class FencedDivRenderer implements NodeRenderer {

    FencedDivRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(FencedDiv.class, this::render),
                // a title is written by its div, inside the element the div's kind calls for
                new NodeRenderingHandler<>(FencedDivTitle.class, (node, context, html) -> { }));
    }

    private void render(FencedDiv div, NodeRendererContext context, HtmlWriter html) {
        PageContext page = PageContext.KEY.get(context.getOptions());
        if (div.stray()) {
            return; // reported by PageValidation
        }
        DivKind kind = div.kind();
        if (kind == null) {
            content(div, context);
            return;
        }
        html.line();
        switch (kind) {
            case PROBLEM -> problem(div, page, context, html);
            case HINT, SOLUTION -> {
                boolean open = kind == DivKind.SOLUTION && page.setup().solutionsOpen();
                html.raw("<details class=\"block " + kind.word() + "\"" + (open ? " open" : "") + ">")
                        .raw("<summary class=\"block-title\">");
                title(div, context, html);
                html.raw("</summary>").line();
                content(div, context);
                html.raw("</details>");
            }
            case ANSWER -> {
                html.raw("<div class=\"block answer\" role=\"note\"><div class=\"block-title\">");
                title(div, context, html);
                html.raw("</div>").line();
                content(div, context);
                html.raw("</div>");
            }
            case NOTE, TIP, WARNING -> {
                html.raw("<aside class=\"block callout " + kind.word() + "\"><div class=\"block-title\">");
                title(div, context, html);
                html.raw("</div>").line();
                content(div, context);
                html.raw("</aside>");
            }
            case MARGIN -> {
                html.raw("<aside class=\"sidenote\">").line();
                content(div, context);
                html.raw("</aside>");
            }
        }
        html.line();
    }

    private void problem(FencedDiv div, PageContext page, NodeRendererContext context, HtmlWriter html) {
        String id = div.problemId();
        html.raw("<section class=\"block problem\" id=\"" + id + "\" aria-labelledby=\"" + id + "-title\">").line();
        html.raw("<header class=\"block-title\" id=\"" + id + "-title\"><span class=\"block-kind\">Problem</span> ")
                .raw("<span class=\"block-label\">");
        if (div.number() > 0) {
            html.text(Integer.toString(div.number()));
        } else {
            context.renderChildren(div.titleNode());
        }
        html.raw("</span></header>").line();
        content(div, context);
        html.raw("</section>");
    }

    /** "Kind" or "Kind: title", the title rendered as inline Markdown. */
    private static void title(FencedDiv div, NodeRendererContext context, HtmlWriter html) {
        html.text(div.kind().displayName());
        if (div.titleNode() != null && div.titleNode().hasChildren()) {
            html.text(": ");
            context.renderChildren(div.titleNode());
        }
    }

    private static void content(FencedDiv div, NodeRendererContext context) {
        for (Node child = div.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof FencedDivTitle)) {
                context.render(child);
            }
        }
    }
}
