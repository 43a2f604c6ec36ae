package quod.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The label a node carries as written ({@code {#fig:loss}} on a caption, {@code {#thm:ey}} on a div,
 * {@code {#eq:foc}} after display math), and where: one reading shared by numbering, editions and checks.
 */
final class Labelled {
    private Labelled() {
    }

    /** The label's characters (without {@code {#} and {@code }}), or null when the node has none. */
    static BasedSequence labelChars(Node node) {
        if (node instanceof DisplayMath math) {
            return math.labelChars();
        }
        if (node instanceof FencedDiv div && !div.stray() && div.attributes().id() != null) {
            DivAttributes.Part id = div.attributes().id();
            return div.getChars().baseSubSequence(id.offset(), id.offset() + id.text().length());
        }
        if (node instanceof Captioned c) {
            return c.label();
        }
        return null;
    }

    /** The label of a node, or null: a problem's is {@code problem:} and its id's letters ({@code problem:3b}). */
    static String label(Node node) {
        if (node instanceof FencedDiv div && div.kind() == DivKind.PROBLEM) {
            String id = div.problemId();
            return id == null ? null : "problem:" + id.substring("problem-".length());
        }
        BasedSequence chars = labelChars(node);
        return chars == null ? null : chars.toString();
    }
}
