package quod.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.function.IntUnaryOperator;
import quod.compute.output.ComputeOutput;
import quod.compute.output.ComputedPage;
import quod.compute.output.ComputedValue;

/**
 * A page's directives joined with what the compute stage made of them, for the renderers: each
 * result is found by its node. A directive without a result is a bug in Quod, never plain code.
 */
final class PageResults {
    private final PageDirectives directives;
    private final ComputedPage computed;
    private final Redaction redaction;

    /** What the student edition writes for a value that depends on a part not released. */
    static final String WITHHELD_TEXT = "(not released)";

    PageResults(PageDirectives directives, ComputedPage computed) {
        this(directives, computed, Redaction.NONE);
    }

    PageResults(PageDirectives directives, ComputedPage computed, Redaction redaction) {
        if (computed.blocks().size() != directives.blocks().size()
                || computed.values().size() != directives.values().size()) {
            throw new IllegalStateException("computed " + computed.blocks().size() + " blocks and "
                    + computed.values().size() + " values for a page with " + directives.blocks().size() + " and "
                    + directives.values().size());
        }
        this.directives = directives;
        this.computed = computed;
        this.redaction = redaction;
    }

    /** Whether a directive block's outputs depend on a part the edition leaves out. */
    boolean withheld(FencedCodeBlock fence) {
        Integer i = directives.blockIndex(fence);
        return i != null && redaction.blocks().contains(i);
    }

    /** Whether a value depends on a part the edition leaves out. */
    boolean withheld(InlineValue value) {
        Integer i = directives.valueIndex(value);
        return i != null && redaction.values().contains(i);
    }

    /** The outputs of a directive block, or null when the fence is plain code. */
    List<ComputeOutput> block(FencedCodeBlock fence) {
        Integer i = directives.blockIndex(fence);
        if (i == null) {
            if (PageDirectives.isDirective(fence)) {
                throw new IllegalStateException("no result for the directive block at line " + (fence.getLineNumber() + 1));
            }
            return null;
        }
        return computed.blocks().get(i);
    }

    /** A value's result; a placeholder when it depends on a part the edition leaves out. */
    ComputedValue value(InlineValue value) {
        Integer i = directives.valueIndex(value);
        if (i == null) {
            throw new IllegalStateException("no result for the value at offset " + value.getStartOffset());
        }
        return redaction.values().contains(i) ? new ComputedValue(WITHHELD_TEXT, false) : computed.values().get(i);
    }

    /** The TeX a value inside a formula comes to: a placeholder when it depends on a part left out. */
    private String tex(int index) {
        return redaction.values().contains(index) ? "\\text{" + WITHHELD_TEXT + "}" : computed.values().get(index).text();
    }

    /** A formula's TeX with its values spliced in, and where each character came from in the original. */
    record Spliced(String tex, IntUnaryOperator original) { }

    Spliced splice(Node formula, String tex) {
        List<PageDirectives.MathValue> values = directives.mathValues(formula);
        if (values.isEmpty()) {
            return new Spliced(tex, IntUnaryOperator.identity());
        }
        StringBuilder out = new StringBuilder();
        // origin[k]: position in the original TeX of spliced character k (a value's characters map to its start)
        int[] origin = new int[tex.length() + values.stream().mapToInt(v -> tex(v.index()).length()).sum() + 1];
        int from = 0;
        for (PageDirectives.MathValue v : values) {
            for (int i = from; i < v.start(); i++) {
                origin[out.length()] = i;
                out.append(tex.charAt(i));
            }
            String text = tex(v.index());
            for (int k = 0; k < text.length(); k++) {
                origin[out.length()] = v.start();
                out.append(text.charAt(k));
            }
            from = v.end();
        }
        for (int i = from; i < tex.length(); i++) {
            origin[out.length()] = i;
            out.append(tex.charAt(i));
        }
        origin[out.length()] = tex.length();
        int length = out.length();
        return new Spliced(out.toString(), k -> origin[Math.max(0, Math.min(k, length))]);
    }
}
