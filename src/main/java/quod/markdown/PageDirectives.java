package quod.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import quod.compute.language.Directive;
import quod.diagnostics.SourceText;

/**
 * The directives of one parsed page in document order, wherever Markdown put them (block quotes,
 * lists, fenced divs, footnotes, table cells), with which node each came from, so the renderer finds
 * each result by its node and never by searching the text again.
 */
public final class PageDirectives {
    /** The kinds of fenced block the compute stage runs. */
    private static final List<String> KINDS = List.of("compute", "plot");

    private final List<Directive> all = new ArrayList<>();
    /** For each of {@link #all}: the node it came from (a fence, a value, or the formula holding the value). */
    private final List<Node> nodes = new ArrayList<>();
    private final List<Directive.Block> blocks = new ArrayList<>();
    private final List<Directive.Value> values = new ArrayList<>();
    private final Map<Node, Integer> blockIndex = new IdentityHashMap<>();
    private final Map<Node, Integer> valueIndex = new IdentityHashMap<>();
    private final Map<Node, List<MathValue>> mathValues = new IdentityHashMap<>();

    /** A value inside a formula: where it stands in the formula's TeX, and its index among the values. */
    record MathValue(int start, int end, int index) { }

    private PageDirectives() {
    }

    static PageDirectives of(Node document, SourceText text) {
        PageDirectives d = new PageDirectives();
        d.collect(document, text);
        return d;
    }

    /** Every directive in document order: the order the compute stage runs them in. */
    public List<Directive> all() {
        return List.copyOf(all);
    }

    /** The node each directive of {@link #all()} came from, in the same order. */
    List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public List<Directive.Block> blocks() {
        return List.copyOf(blocks);
    }

    public List<Directive.Value> values() {
        return List.copyOf(values);
    }

    /** The index of a directive block's results, or null when the fence is plain code. */
    Integer blockIndex(Node fence) {
        return blockIndex.get(fence);
    }

    Integer valueIndex(InlineValue value) {
        return valueIndex.get(value);
    }

    List<MathValue> mathValues(Node formula) {
        return mathValues.getOrDefault(formula, List.of());
    }

    /** Whether a fenced block is a directive, judged by its info string alone. */
    static boolean isDirective(FencedCodeBlock fence) {
        return KINDS.contains(kindOf(fence));
    }

    private static String kindOf(FencedCodeBlock fence) {
        String info = fence.getInfo().toString().trim();
        return info.isEmpty() ? "" : info.split("\\s+")[0];
    }

    /** In document order; Flexmark's descendant iterator keeps its own stack, so no nesting exhausts ours. */
    private void collect(Node root, SourceText text) {
        for (Node node : root.getDescendants()) {
            visit(node, text);
        }
    }

    private void visit(Node node, SourceText text) {
        if (node instanceof FencedCodeBlock fence && isDirective(fence)) {
            block(fence, text);
        } else if (node instanceof InlineValue value) {
            int offset = value.getStartOffset();
            valueIndex.put(value, values.size());
            add(value(text, offset, value.getEndOffset() - 2, false), value);
        } else if (node instanceof InlineMath math) {
            BasedSequence tex = math.tex();
            formula(node, tex, i -> tex.getStartOffset() + i, text);
        } else if (node instanceof DisplayMath math && math.closed()) {
            formula(node, math.texString(), math::sourceOffset, text);
        }
    }

    private void formula(Node node, CharSequence tex, java.util.function.IntUnaryOperator offsetOf, SourceText text) {
        List<MathValue> found = new ArrayList<>();
        for (MathValues.Span span : MathValues.in(tex)) {
            found.add(new MathValue(span.start(), span.end(), values.size()));
            add(value(text, offsetOf.applyAsInt(span.start()), offsetOf.applyAsInt(span.end() - 2), true), node);
        }
        if (!found.isEmpty()) {
            mathValues.put(node, List.copyOf(found));
        }
    }

    private static Directive.Value value(SourceText text, int open, int close, boolean inMath) {
        int line = text.lineOf(open);
        int lineStart = text.offsetOfLine(line);
        return new Directive.Value(line, text.line(line), open - lineStart, close - lineStart, inMath);
    }

    private void block(FencedCodeBlock fence, SourceText text) {
        int fenceLine = fence.getLineNumber() + 1;
        String info = fence.getInfo().toString().trim();
        String[] words = info.split("\\s+");
        List<String> lines = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (BasedSequence line : fence.getContentLines()) {
            BasedSequence content = line.trimEOL();
            int offset = content.getStartOffset();
            lines.add(content.toString());
            columns.add(offset - text.offsetOfLine(text.lineOf(offset)));
        }
        blockIndex.put(fence, blocks.size());
        Directive.Block block = new Directive.Block(words[0], Arrays.asList(words).subList(1, words.length), fenceLine,
                text.line(fenceLine), lines, columns);
        blocks.add(block);
        all.add(block);
        nodes.add(fence);
    }

    private void add(Directive.Value value, Node node) {
        values.add(value);
        all.add(value);
        nodes.add(node);
    }
}
