package quod.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/**
 * The numbers of one page's numbered things, in document order: labelled equations; theorems, lemmas and
 * the other environments; captioned figures and tables (labelled or not, as LaTeX numbers them); and the
 * labels that name them, problems' included. Found once per build from the parsed page; a renderer looks a
 * node's number up here, so the page and every reference to it agree.
 */
final class PageLabels {
    /** What a label may be: a known prefix, a colon, then letters, digits and {@code _ . : -}. */
    static final Pattern LABEL = Pattern.compile("(?:" + LabelKind.PREFIXES + "):[A-Za-z0-9_.:-]+");

    /**
     * One labelled thing.
     *
     * @param kind   what it is
     * @param number what references show: "2", or a problem's label such as "3(b)"
     * @param anchor its element's id on the page
     */
    record Entry(LabelKind kind, String number, String anchor) { }

    private final Map<Node, String> numbers;
    private final Map<String, Entry> labels;
    /** What each counter stood at before the page, and after it. */
    private final Map<LabelKind, Integer> before;
    private final Map<LabelKind, Integer> after;

    private PageLabels(Map<Node, String> numbers, Map<String, Entry> labels, Map<LabelKind, Integer> before,
                       Map<LabelKind, Integer> after) {
        this.numbers = numbers;
        this.labels = labels;
        this.before = before;
        this.after = after;
    }

    /**
     * Numbers {@code page}, reporting a malformed equation label and a label given twice. The labels of divs
     * were checked when the page was parsed ({@link PageValidation}); one that failed is left out here.
     *
     * @param before what each counter stood at before the page: empty when every page starts at 1
     */
    static PageLabels of(ParsedPage page, Counters counters, Map<LabelKind, Integer> before, Diagnostics diagnostics) {
        SourceText text = page.text();
        Map<Node, String> numbers = new IdentityHashMap<>();
        Map<String, Entry> labels = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<LabelKind, Integer> counts = new EnumMap<>(LabelKind.class);
        counts.putAll(before);
        for (Node node : page.document().getDescendants()) {
            if (node instanceof DisplayMath math) {
                equation(math, text, labels, lines, counts, diagnostics);
                continue;
            }
            LabelKind kind = kindOf(node);
            if (kind == null) {
                continue;
            }
            String number;
            if (kind == LabelKind.PROBLEM) {
                FencedDiv div = (FencedDiv) node;
                number = div.number() > 0 ? Integer.toString(div.number()) : PlainText.of(div.titleNode());
            } else {
                number = Integer.toString(counts.merge(counters.counter(kind), 1, Integer::sum));
                numbers.put(node, number);
            }
            String label = Labelled.label(node);
            if (label == null || kind != LabelKind.PROBLEM && !validFor(kind, label)) {
                continue;
            }
            String anchor = kind == LabelKind.PROBLEM ? ((FencedDiv) node).problemId() : label;
            BasedSequence chars = Labelled.labelChars(node);
            int at = chars != null ? chars.getStartOffset() - 1 : ((FencedDiv) node).fence().getStartOffset();
            if (labels.containsKey(label)) {
                if (kind != LabelKind.PROBLEM) { // a problem's id given twice is reported by PageValidation
                    diagnostics.add(text.errorAt(at, "label '" + label + "' is already defined on line "
                            + lines.get(label) + "; a label names one thing of its page"));
                }
                continue;
            }
            labels.put(label, new Entry(kind, number, anchor));
            lines.put(label, text.lineOf(at));
        }
        return new PageLabels(numbers, Map.copyOf(labels), Map.copyOf(before), Map.copyOf(counts));
    }

    private static void equation(DisplayMath math, SourceText text, Map<String, Entry> labels,
                                 Map<String, Integer> lines, Map<LabelKind, Integer> counts, Diagnostics diagnostics) {
        BasedSequence label = math.labelChars();
        if (label == null) {
            return;
        }
        int at = label.getStartOffset() - 2;  // the "{#" before the label
        String name = label.toString();
        if (!LabelIndex.EQUATION_LABEL.matcher(name).matches()) {
            diagnostics.add(text.errorAt(at, "equation label '" + name + "' is not of the form 'eq:name'"
                    + " (after 'eq:' only letters, digits and _ . : -)"));
        } else if (labels.containsKey(name)) {
            diagnostics.add(text.errorAt(at, "equation label '" + name + "' is already defined on line "
                    + lines.get(name) + "; a label names one equation of its page"));
        } else {
            int number = counts.merge(LabelKind.EQUATION, 1, Integer::sum);
            labels.put(name, new Entry(LabelKind.EQUATION, Integer.toString(number), name));
            lines.put(name, text.lineOf(at));
        }
    }

    /** What a node is numbered as, or null: environments (not proofs), problems, figures and tables. */
    static LabelKind kindOf(Node node) {
        if (node instanceof FencedDiv div && !div.stray() && div.kind() != null) {
            return div.kind() == DivKind.PROBLEM && div.problemId() == null ? null : LabelKind.of(div.kind());
        }
        return node instanceof Captioned c ? c.kind() : null;
    }

    /** Whether {@code label} is a well-formed label of {@code kind}. */
    static boolean validFor(LabelKind kind, String label) {
        return LABEL.matcher(label).matches() && LabelKind.ofLabel(label) == kind;
    }

    /** The number a numbered node shows (an environment, figure or table), or null. */
    String number(Node node) {
        return numbers.get(node);
    }

    /** The labelled things, by label. */
    Map<String, Entry> labels() {
        return labels;
    }

    /** What the counters stood at before the page. */
    Map<LabelKind, Integer> before() {
        return before;
    }

    /** What the counters stand at after the page: where the next page of its section starts. */
    Map<LabelKind, Integer> after() {
        return after;
    }

    /**
     * Two are equal when they give the same labels the same numbers and start from the same counts: all a
     * reference from elsewhere sees, and (with the page's text) all that numbers the page itself.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PageLabels other && labels.equals(other.labels) && before.equals(other.before);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + before.hashCode();
    }
}
