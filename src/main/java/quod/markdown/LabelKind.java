package quod.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a label names, told by its prefix ({@code fig:loss} is a figure): how references call it ("Figure 2")
 * and which fenced div, if any, it labels. One prefix per kind, as pandoc-crossref and Quarto spell them.
 */
public enum LabelKind {
    EQUATION("eq", null),
    THEOREM("thm", DivKind.THEOREM),
    LEMMA("lem", DivKind.LEMMA),
    PROPOSITION("prop", DivKind.PROPOSITION),
    COROLLARY("cor", DivKind.COROLLARY),
    DEFINITION("def", DivKind.DEFINITION),
    EXAMPLE("exm", DivKind.EXAMPLE),
    REMARK("rem", DivKind.REMARK),
    FIGURE("fig", null),
    TABLE("tbl", null),
    PROBLEM("problem", DivKind.PROBLEM);

    /** Every prefix, as a regular-expression alternation: {@code eq|thm|...}. */
    static final String PREFIXES = Arrays.stream(values()).map(LabelKind::prefix).collect(Collectors.joining("|"));

    private final String prefix;
    private final DivKind div;

    LabelKind(String prefix, DivKind div) {
        this.prefix = prefix;
        this.div = div;
    }

    /** The prefix before the colon, e.g. {@code fig}. */
    public String prefix() {
        return prefix;
    }

    /** What a reference to it says, e.g. "Figure". */
    public String displayName() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The noun in messages, e.g. "figure". */
    String noun() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a label by its prefix, or null. */
    static LabelKind ofLabel(String label) {
        int colon = label.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String prefix = label.substring(0, colon);
        for (LabelKind k : values()) {
            if (k.prefix.equals(prefix)) {
                return k;
            }
        }
        return null;
    }

    /** The kind a numbered fenced div's label has, or null for a div that is not numbered by label. */
    static LabelKind of(DivKind div) {
        for (LabelKind k : values()) {
            if (k.div == div && div != null) {
                return k;
            }
        }
        return null;
    }

    /** The environments: theorem, lemma, ..., remark (numbered fenced divs other than problems). */
    static List<LabelKind> environments() {
        return List.of(THEOREM, LEMMA, PROPOSITION, COROLLARY, DEFINITION, EXAMPLE, REMARK);
    }
}
