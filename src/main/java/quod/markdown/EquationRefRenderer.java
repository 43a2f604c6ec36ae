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

    /**
     * Whether the author already wrote the parentheses, as in {@code (@eq:pinv)}: then the link is the
     * number alone, not "((7))". Read from the source around the node, which is what the reader wrote.
     */
    static boolean inParentheses(EquationRef ref) {
        var source = ref.getChars().getBaseSequence();
        int before = ref.getChars().getStartOffset() - 1;
        int after = ref.getChars().getEndOffset();
        return before >= 0 && after < source.length() && source.charAt(before) == '(' && source.charAt(after) == ')';
    }

    private static void render(EquationRef ref, PageContext page, HtmlWriter html) {
        var found = page.setup().equations().find(page.setup().slug(), ref.page(), ref.label());
        if (found instanceof EquationIndex.Target target) {
            String number = Integer.toString(target.number());
            if (target.href() == null) { // its equation is left out of this edition: the number, linking nowhere
                html.raw("<span class=\"eqref\">").raw(inParentheses(ref) ? number : "(" + number + ")").raw("</span>");
                return;
            }
            html.raw("<a class=\"eqref\" href=\"").text(target.href()).raw("\">")
                    .raw(inParentheses(ref) ? number : "(" + number + ")").raw("</a>");
        } else if (found instanceof EquationIndex.Miss miss) {
            page.diagnostics().add(page.text().errorAt(ref.getStartOffset(), miss.message()));
            html.text(ref.getChars().toString());
        }
    }
}
