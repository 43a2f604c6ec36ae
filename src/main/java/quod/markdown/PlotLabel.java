package quod.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import quod.html.Html;

/**
 * A plot's title, axis label or legend entry: text with TeX between dollar signs, read as matplotlib reads
 * its labels. {@code \$} is a dollar sign; a label with an odd number of (unescaped) dollar signs has no
 * math at all, so "price in $" stays text.
 *
 * @param parts the text and the formulas, in order
 */
record PlotLabel(List<Part> parts) {

    /**
     * @param text   the text, or a formula's TeX without its dollar signs
     * @param offset where {@code text} starts in the label as written
     */
    record Part(String text, boolean math, int offset) { }

    static PlotLabel parse(String label) {
        List<Integer> dollars = new ArrayList<>();
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == '\\' && i + 1 < label.length()) {
                i++;
            } else if (label.charAt(i) == '$') {
                dollars.add(i);
            }
        }
        List<Part> parts = new ArrayList<>();
        if (dollars.size() % 2 == 1) {
            dollars.clear();
        }
        int from = 0;
        for (int k = 0; k < dollars.size(); k += 2) {
            int open = dollars.get(k);
            int close = dollars.get(k + 1);
            if (label.substring(open + 1, close).isBlank()) {
                continue; // "$$" or "$ $" is no formula; it stays text
            }
            text(label, from, open, parts);
            parts.add(new Part(label.substring(open + 1, close), true, open + 1));
            from = close + 1;
        }
        text(label, from, label.length(), parts);
        return new PlotLabel(List.copyOf(parts));
    }

    private static void text(String label, int from, int to, List<Part> parts) {
        if (from < to) {
            parts.add(new Part(label.substring(from, to).replace("\\$", "$"), false, from));
        }
    }

    /** The label as HTML: text escaped, each formula as {@code math} renders it. */
    String html(Function<Part, String> math) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            out.append(p.math() ? math.apply(p) : Html.escape(p.text()));
        }
        return out.toString();
    }

    /** The label for places that take no markup (an SVG's title and description): formulas as their TeX. */
    String plain() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            out.append(p.text());
        }
        return out.toString();
    }
}
