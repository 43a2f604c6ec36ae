package quod.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Writes a reference as a link to its target: "(2)" for an equation, "Theorem 1", "Figure 2", "Problem 3(b)"
 * for the rest; a target on another page says which ("Figure 2 on page <em>RNN gradients</em>"), so it is not
 * mistaken for this page's. Reports unknown labels.
 */
final class LabelRefRenderer implements NodeRenderer {

    LabelRefRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(LabelRef.class, (ref, context, html) -> render(ref,
                PageContext.KEY.get(context.getOptions()), html)));
    }

    /**
     * Whether the author already wrote the parentheses, as in {@code (@eq:pinv)}: then an equation's link is the
     * number alone, not "((7))". Read from the source around the node, which is what the reader wrote.
     */
    static boolean inParentheses(LabelRef ref) {
        var source = ref.getChars().getBaseSequence();
        int before = ref.getChars().getStartOffset() - 1;
        int after = ref.getChars().getEndOffset();
        return before >= 0 && after < source.length() && source.charAt(before) == '(' && source.charAt(after) == ')';
    }

    private static void render(LabelRef ref, PageContext page, HtmlWriter html) {
        var found = page.setup().labels().find(page.setup().slug(), ref.page(), ref.label());
        if (found instanceof LabelIndex.Target target) {
            boolean equation = target.kind() == LabelKind.EQUATION;
            String css = equation ? "eqref" : "xref";
            // a link (or, for a target the edition leaves out, the number linking nowhere)
            if (target.href() == null) {
                html.raw("<span class=\"" + css + "\">");
            } else {
                html.raw("<a class=\"" + css + "\" href=\"").text(target.href()).raw("\">");
            }
            if (equation) {
                html.text(inParentheses(ref) ? target.number() : "(" + target.number() + ")");
            } else { // "Theorem&nbsp;1": a line break between the two would strand the number, as LaTeX's ~ avoids
                html.text(target.kind().displayName()).raw("&nbsp;").text(target.number());
            }
            if (target.page() != null) {
                // its own span, so the title may wrap where the number may not
                html.raw("<span class=\"xref-page\"> on page <em>").text(target.page()).raw("</em></span>");
            }
            html.raw(target.href() == null ? "</span>" : "</a>");
        } else if (found instanceof LabelIndex.Miss miss) {
            page.diagnostics().add(page.text().errorAt(ref.getStartOffset(), miss.message()));
            html.text(ref.getChars().toString());
        }
    }
}
