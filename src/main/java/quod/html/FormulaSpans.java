package quod.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The formulas of a page set aside while a pass that has nothing to do inside them reads the page: KaTeX's
 * HTML and MathML is nine tenths of a math-heavy page, and the print page's rewrite and the link checker
 * parse every page. A formula is a {@code <span class="katex">} (or {@code katex-display}) whose first child is
 * KaTeX's MathML; one that holds a link, a source or an id (KaTeX writes them only for trusted commands such as
 * {@code \href}) stays, so that the passes still see those.
 */
public final class FormulaSpans {
    private static final String[] OPENINGS = {"<span class=\"katex-display\"><span class=\"katex\"><span class=\"katex-mathml\">",
        "<span class=\"katex\"><span class=\"katex-mathml\">"};
    private static final String PLACEHOLDER = "<span class=\"katex\" data-quod-formula=\"";

    private FormulaSpans() {
    }

    /**
     * A page's HTML with formulas set aside.
     *
     * @param skeleton the HTML with each formula replaced by {@code <span class="katex" data-quod-formula="N"></span>}
     * @param formulas the formulas' HTML, in order
     */
    public record Elided(String skeleton, List<String> formulas) {
        /**
         * {@code edited} (the skeleton, changed outside the placeholders) with the formulas back in place. A
         * placeholder must come through unchanged and in order.
         */
        public String restore(String edited) {
            if (formulas.isEmpty()) {
                return edited;
            }
            StringBuilder out = new StringBuilder(edited.length() + formulas.stream().mapToInt(String::length).sum());
            int from = 0;
            for (int i = 0; i < formulas.size(); i++) {
                String placeholder = placeholder(i);
                int at = edited.indexOf(placeholder, from);
                if (at < 0) {
                    throw new IllegalStateException("formula " + i + " was not left in place");
                }
                out.append(edited, from, at).append(formulas.get(i));
                from = at + placeholder.length();
            }
            return out.append(edited, from, edited.length()).toString();
        }
    }

    public static Elided elide(String html) {
        List<String> formulas = new ArrayList<>();
        StringBuilder skeleton = null;
        int done = 0;
        int at = nextFormula(html, 0);
        while (at >= 0) {
            int end = end(html, at);
            if (end < 0) {
                break;  // not KaTeX's well-formed output after all: leave the rest as it is
            }
            String formula = html.substring(at, end);
            if (formula.contains(" href=") || formula.contains(" src=") || formula.contains(" id=")) {
                at = nextFormula(html, end);
                continue;
            }
            if (skeleton == null) {
                skeleton = new StringBuilder(html.length() / 4);
            }
            skeleton.append(html, done, at).append(placeholder(formulas.size()));
            formulas.add(formula);
            done = end;
            at = nextFormula(html, end);
        }
        if (skeleton == null) {
            return new Elided(html, List.of());
        }
        return new Elided(skeleton.append(html, done, html.length()).toString(), List.copyOf(formulas));
    }

    private static String placeholder(int i) {
        return PLACEHOLDER + i + "\"></span>";
    }

    /** Where the next formula starts at or after {@code from}, or -1. */
    private static int nextFormula(String html, int from) {
        int best = -1;
        for (String opening : OPENINGS) {
            int i = html.indexOf(opening, from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** Just after the {@code </span>} that closes the span opening at {@code start}, or -1. */
    private static int end(String html, int start) {
        int depth = 0;
        int i = start;
        while (true) {
            int open = html.indexOf("<span", i);
            int close = html.indexOf("</span>", i);
            if (close < 0) {
                return -1;
            }
            if (open >= 0 && open < close) {
                depth++;
                i = open + 5;
            } else {
                depth--;
                i = close + 7;
                if (depth == 0) {
                    return i;
                }
            }
        }
    }
}
