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

    private void render(TableBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line().raw(DisplayBox.openTable(++tables));
        context.delegateRender();
        html.raw(DisplayBox.close()).line();
    }
}
