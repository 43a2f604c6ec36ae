package quod.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

/**
 * What keeps a formula or a computed value together with what follows it on one line. The punctuation
 * that follows an inline formula in the text ({@code $x$,} or {@code $x$.}) is
 * written together with the formula inside one {@code <span class="math-nowrap">}: a browser may break
 * a line between KaTeX's inline boxes and a comma, leaving the comma alone at the start of the next line.
 * The formula's renderer writes the punctuation; the text's renderer leaves it out. Both decide from the
 * parsed tree, which neither changes. A unit after a computed value ({@code {{ t }} s}, {@code {{ p }} %})
 * follows a no-break space, so "39.2" and "s" are never split.
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

    /** A space after a computed value that a unit follows ({@code {{ t }} s}): written as a no-break space. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "^ (?:s|ms|\u00b5s|us|ns|min|h|%|x|\u00d7|Hz|kHz|MHz|GHz|B|kB|KB|MB|GB|TB|KiB|MiB|GiB|TiB|px|pt|mm|cm|m|km"
                    + "|g|kg|K|\u00b0C|\u00b0|W|kW|V|A|J|FLOPS|TFLOPS|GFLOPS|epochs?)(?![A-Za-z0-9])");

    /** Whether {@code text} starts with a space and a unit right after a computed value. */
    static boolean unitAfterValue(Text text) {
        return text.getPrevious() instanceof InlineValue && UNIT.matcher(text.getChars()).lookingAt();
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
