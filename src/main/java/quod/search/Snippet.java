package quod.search;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import quod.html.Html;

/**
 * The HTML a result shows of some prose: its text, and its formulas as KaTeX drew them on the page, without
 * KaTeX's MathML (the formula again, in a form only screen readers use; here they get the TeX instead). Links,
 * emphasis and the like become their text: a result is one link, and may not hold another. No ids are copied,
 * so a result never repeats an id of the page it is shown on.
 *
 * @param charsLeft    how many characters the snippet could still take
 * @param formulasLeft how many formulas it could still take
 * @param formulaBytesLeft how many bytes of formulas' HTML it could still take
 */
record Snippet(String html, int charsLeft, int formulasLeft, int formulaBytesLeft) {

    /** The HTML of {@code nodes}, up to about {@code chars} characters and {@code formulas} formulas. */
    static Snippet fill(List<Node> nodes, int chars, int formulas) {
        return fill(nodes, chars, formulas, Integer.MAX_VALUE);
    }

    /**
     * As {@link #fill(List, int, int)}, with at most {@code formulaBytes} of formulas' HTML: KaTeX draws a formula
     * in a few hundred bytes to a few kilobytes, and the snippets are most of the index a reader loads.
     */
    static Snippet fill(List<Node> nodes, int chars, int formulas, int formulaBytes) {
        Filler filler = new Filler(chars, formulas, formulaBytes);
        for (Node n : nodes) {
            if (!filler.add(n)) {
                break;
            }
        }
        return new Snippet(filler.html.toString(), filler.chars, filler.formulas, filler.formulaBytes);
    }

    private static final class Filler {
        final StringBuilder html = new StringBuilder();
        int chars;
        int formulas;
        int formulaBytes;

        Filler(int chars, int formulas, int formulaBytes) {
            this.chars = chars;
            this.formulas = formulas;
            this.formulaBytes = formulaBytes;
        }

        /** Adds a node; false once the snippet is full. */
        boolean add(Node node) {
            if (chars <= 0) {
                return false;
            }
            if (node instanceof TextNode t) {
                return text(t.text());
            }
            if (!(node instanceof Element e) || PageSections.notShown(e)) {
                return true;
            }
            String tex = PageSections.texOf(e);
            if (tex != null) {
                if (formulas <= 0) {
                    html.append(" …");
                    chars = 0;
                    return false;
                }
                String drawn = formula(e, tex);
                if (drawn.length() > formulaBytes) {
                    html.append(" …");
                    chars = 0;
                    return false;
                }
                formulas--;
                formulaBytes -= drawn.length();
                chars -= Math.max(1, tex.strip().length() / 2);  // TeX is about twice as long as what it draws
                html.append(drawn);
                return true;
            }
            for (Node child : e.childNodes()) {
                if (!add(child)) {
                    return false;
                }
            }
            return true;
        }

        private boolean text(String s) {
            if (s.length() <= chars) {
                html.append(Html.escape(s));
                chars -= s.length();
                return true;
            }
            int cut = s.lastIndexOf(' ', chars);
            html.append(Html.escape(s.substring(0, cut > 0 ? cut : chars).stripTrailing())).append(" …");
            chars = 0;
            return false;
        }

        /** A formula as KaTeX drew it, with its TeX for screen readers; TeX left for the browser stays as it is. */
        private static String formula(Element place, String tex) {
            Element e = PageSections.formula(place);
            Element drawn = e.selectFirst(".katex-html");
            if (drawn == null) {
                return e.outerHtml();  // --math client: the browser's KaTeX renders it where the result is shown
            }
            drawn.select("[id]").removeAttr("id");
            return "<span class=\"katex\"><span class=\"visually-hidden\">" + Html.escape(tex.strip()) + "</span>"
                    + drawn.outerHtml() + "</span>";
        }
    }
}
