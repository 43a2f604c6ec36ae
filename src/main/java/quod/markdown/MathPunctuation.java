package quod.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The punctuation that follows an inline formula in the text ({@code $x$,} or {@code $x$.}), which is
 * written together with the formula inside one {@code <span class="math-nowrap">}: a browser may break
 * a line between KaTeX's inline boxes and a comma, leaving the comma alone at the start of the next line.
 * The formula's renderer writes the punctuation; the text's renderer leaves it out. Both decide from the
 * parsed tree, which neither changes.
 */
final class MathPunctuation {
    private static final String MARKS = ".,;:!?)]\u2019\u201d";

    private MathPunctuation() {
    }

    /** How many punctuation characters the text after {@code formula} starts with (0 when it is not text). */
    static int after(Node formula) {
        return formula.getNext() instanceof Text text ? leading(text) : 0;
    }

    /** How many leading characters of {@code text} were written with the formula before it. */
    static int writtenWithFormula(Text text) {
        Node before = text.getPrevious();
        return before instanceof InlineMath || before instanceof InlineValue ? leading(text) : 0;
    }

    private static int leading(Text text) {
        CharSequence chars = text.getChars();
        int n = 0;
        while (n < chars.length() && MARKS.indexOf(chars.charAt(n)) >= 0) {
            n++;
        }
        return n;
    }
}
