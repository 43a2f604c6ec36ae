package quod.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Puts each table in a scroll box of its own ({@link DisplayBox}), leaving the table to Flexmark's tables
 * extension: the box, not the table, scrolls, so the table keeps its role for screen readers while a
 * table wider than a phone can still be scrolled by keyboard.
 */
final class TableBoxRenderer implements NodeRenderer {

    /** Tables written so far; Flexmark makes a renderer for each page it renders, so this counts the page's. */
    private int tables;

    TableBoxRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::render));
    }

    /**
     * A captioned table's box is named by its caption ("Table 1: Values of y"), so a screen reader says the number
     * the reader sees; any other table's by its place among the page's tables.
     */
    private void render(TableBlock node, NodeRendererContext context, HtmlWriter html) {
        tables++;
        String name = "Table " + tables;
        if (node.getParent() instanceof Captioned captioned) {
            PageContext page = PageContext.KEY.get(context.getOptions());
            PageLabels labels = page.setup().labels().page(page.setup().slug());
            String number = labels == null ? null : labels.number(captioned);
            String caption = PlainText.of(captioned.caption(), page.results());
            name = "Table" + (number == null ? "" : " " + number) + (caption.isEmpty() ? "" : ": " + caption);
        }
        html.line().raw(DisplayBox.openTable(name));
        context.delegateRender();
        html.raw(DisplayBox.close()).line();
    }
}
