package quod.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Writes a captioned table, plot or image as a numbered {@code <figure>}: its label as the id, the caption
 * ("Figure 2: ...") below a figure and above a table, where readers of papers look for each.
 */
final class CaptionedRenderer implements NodeRenderer {

    CaptionedRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Captioned.class, this::render),
                new NodeRenderingHandler<>(Captioned.Caption.class, (node, context, html) -> { }));
    }

    private void render(Captioned figure, NodeRendererContext context, HtmlWriter html) {
        PageContext page = PageContext.KEY.get(context.getOptions());
        PageLabels labels = page.setup().labels().page(page.setup().slug());
        String number = labels == null ? null : labels.number(figure);
        String label = figure.label() == null ? null : figure.label().toString();
        boolean labelled = label != null && PageLabels.validFor(figure.kind(), label);
        boolean table = figure.kind() == LabelKind.TABLE;
        html.line();
        html.raw("<figure class=\"numbered " + figure.kind().noun() + "\"" + (labelled ? " id=\"" + label + "\"" : "") + ">")
                .line();
        if (table) {
            caption(figure, number, context, html);
        }
        if (figure.getFirstChild() instanceof Paragraph image) {
            context.renderChildren(image); // the image alone: a figure holds no paragraph
            html.line();
        } else {
            context.render(figure.getFirstChild());
        }
        if (!table) {
            caption(figure, number, context, html);
        }
        html.raw("</figure>").line();
    }

    private static void caption(Captioned figure, String number, NodeRendererContext context, HtmlWriter html) {
        html.raw("<figcaption><span class=\"caption-kind\">").text(figure.kind().displayName())
                .text(number == null ? "" : " " + number).raw(figure.caption().hasChildren() ? ":</span> " : "</span>");
        context.renderChildren(figure.caption());
        html.raw("</figcaption>").line();
    }
}
