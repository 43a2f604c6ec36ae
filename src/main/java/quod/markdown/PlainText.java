package quod.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The text of inline Markdown for places that take no markup, such as the table of contents: markup
 * is dropped, typographic quotes and dashes are the characters the page shows, and math shows as
 * its TeX without delimiters ({@code ## Gradient of $W_1$} gives "Gradient of W_1"). Rendering the math there instead would need markup in the template.
 */
final class PlainText {
    private PlainText() {
    }

    /** The text of a node as parsed: values and formulas as their source. */
    static String of(Node node) {
        return of(node, null);
    }

    /** The text of a node with its computed values, when {@code results} is not null. */
    static String of(Node node, PageResults results) {
        StringBuilder out = new StringBuilder();
        append(node, results, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(Node node, PageResults results, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof InlineMath math) {
                out.append(results == null ? math.tex() : results.splice(math, math.tex().toString()).tex());
            } else if (child instanceof InlineValue value) {
                out.append(results == null ? value.getChars() : results.value(value).text());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append(' ');
            } else if (child instanceof HtmlInline) {
                continue;
            } else if (child instanceof TypographicQuotes q) {
                out.append(Escaping.unescapeHtml(q.getTypographicOpening()));
                append(q, results, out);
                out.append(Escaping.unescapeHtml(q.getTypographicClosing()));
            } else if (child instanceof TypographicSmarts smart) {
                out.append(Escaping.unescapeHtml(smart.getTypographicText()));
            } else if (child instanceof Text text) {
                out.append(text.getChars().unescape());
            } else if (child.hasChildren()) {
                append(child, results, out);
            } else {
                out.append(child.getChars());
            }
        }
    }
}
