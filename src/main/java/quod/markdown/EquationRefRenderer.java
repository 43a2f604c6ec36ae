package quod.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/** Writes {@code @eq:name} as a link to the equation showing its number; reports unknown labels. */
final class EquationRefRenderer implements NodeRenderer {

    EquationRefRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(EquationRef.class, (ref, context, html) -> render(ref,
                PageContext.KEY.get(context.getOptions()), html)));
    }

    private static void render(EquationRef ref, PageContext page, HtmlWriter html) {
        var found = page.setup().equations().find(page.setup().slug(), ref.page(), ref.label());
        if (found instanceof EquationIndex.Target target) {
            html.raw("<a class=\"eqref\" href=\"").text(target.href()).raw("\">(" + target.number() + ")</a>");
        } else if (found instanceof EquationIndex.Miss miss) {
            page.diagnostics().add(page.text().errorAt(ref.getStartOffset(), miss.message()));
            html.text(ref.getChars().toString());
        }
    }
}
