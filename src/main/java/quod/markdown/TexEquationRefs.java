package quod.markdown;

import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code \eqref{eq:name}} (or {@code \eqref{slug#eq:name}}) inside math becomes {@code \text{(N)}}
 * before KaTeX sees it: KaTeX's own {@code \eqref} needs its {@code trust} option to link, which Quod
 * keeps off, and it could not know numbers from other formulas anyway. The number is plain text, not a
 * link; written between parentheses, {@code (\eqref{eq:a})}, it is the number alone. The replacement is padded with spaces (ignored in math) to the original length when it is
 * shorter, so that KaTeX's error positions after it still point at the right source column.
 */
final class TexEquationRefs {
    private static final Pattern EQREF = Pattern.compile("\\\\eqref\\s*\\{([^{}]*)\\}");
    private static final Pattern TARGET = Pattern.compile("(?:([A-Za-z0-9_][A-Za-z0-9_./-]*)#)?(eq:[A-Za-z0-9_.:-]+)");

    private TexEquationRefs() {
    }

    /**
     * The TeX with every {@code \eqref} replaced by its number; unknown labels are reported at their
     * source offset, found with {@code sourceOffset} from a position in {@code tex}.
     */
    static String resolve(String tex, IntUnaryOperator sourceOffset, PageContext page) {
        if (!tex.contains("\\eqref")) {
            return tex;
        }
        Matcher m = EQREF.matcher(tex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(1).strip();
            Matcher t = TARGET.matcher(target);
            String number = "??";
            if (!t.matches()) {
                page.diagnostics().add(page.text().errorAt(sourceOffset.applyAsInt(m.start()),
                        "\\eqref needs an equation label such as 'eq:name' or 'page#eq:name', not '" + target + "'"));
            } else {
                var found = page.setup().labels().find(page.setup().slug(), t.group(1), t.group(2));
                if (found instanceof LabelIndex.Target hit) {
                    number = hit.number();
                } else if (found instanceof LabelIndex.Miss miss) {
                    page.diagnostics().add(page.text().errorAt(sourceOffset.applyAsInt(m.start()), miss.message()));
                }
            }
            // "(\eqref{eq:a})" means "(7)", not "((7))": the author's parentheses are kept, the number goes alone.
            String replacement = inParentheses(tex, m.start(), m.end()) ? "\\text{" + number + "}" : "\\text{(" + number + ")}";
            int pad = (m.end() - m.start()) - replacement.length();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement + " ".repeat(Math.max(0, pad))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The pages named in the TeX's {@code \eqref{page#eq:name}}s. */
    static java.util.Set<String> pages(String tex) {
        java.util.Set<String> pages = new java.util.TreeSet<>();
        if (tex.contains("\\eqref")) {
            Matcher m = EQREF.matcher(tex);
            while (m.find()) {
                Matcher t = TARGET.matcher(m.group(1).strip());
                if (t.matches() && t.group(1) != null) {
                    pages.add(t.group(1));
                }
            }
        }
        return pages;
    }

    /** Whether {@code tex[start, end)} stands between "(" and ")", blanks aside. */
    private static boolean inParentheses(String tex, int start, int end) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(tex.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < tex.length() && Character.isWhitespace(tex.charAt(after))) {
            after++;
        }
        return before >= 0 && after < tex.length() && tex.charAt(before) == '(' && tex.charAt(after) == ')';
    }
}
