package quod.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Formulas set aside and put back: the page comes back byte for byte, and what a pass must see is never set aside. */
class FormulaSpansTest {
    private static final String INLINE = "<span class=\"katex\"><span class=\"katex-mathml\"><math><semantics><mi>x</mi>"
            + "<annotation encoding=\"application/x-tex\">x &lt;span</annotation></semantics></math></span>"
            + "<span class=\"katex-html\" aria-hidden=\"true\"><span class=\"base\"><span class=\"mord mathnormal\">x</span>"
            + "</span></span></span>";
    private static final String DISPLAY = "<span class=\"katex-display\">" + INLINE + "</span>";

    @Test
    void formulasAreReplacedByNumberedPlaceholdersAndPutBackByteForByte() {
        String page = "<p id=\"a\">Let " + INLINE + " be <a href=\"#b\">it</a>.</p>\n<div class=\"math-display\" id=\"eq-1\">"
                + DISPLAY + "</div><p>" + INLINE + "</p>";
        FormulaSpans.Elided e = FormulaSpans.elide(page);
        assertThat(e.formulas()).containsExactly(INLINE, DISPLAY, INLINE);
        assertThat(e.skeleton()).isEqualTo("<p id=\"a\">Let <span class=\"katex\" data-quod-formula=\"0\"></span> be "
                + "<a href=\"#b\">it</a>.</p>\n<div class=\"math-display\" id=\"eq-1\"><span class=\"katex\" "
                + "data-quod-formula=\"1\"></span></div><p><span class=\"katex\" data-quod-formula=\"2\"></span></p>");
        assertThat(e.restore(e.skeleton())).isEqualTo(page);
        // edits outside the placeholders survive
        assertThat(e.restore(e.skeleton().replace("id=\"a\"", "id=\"p--a\""))).isEqualTo(page.replace("id=\"a\"", "id=\"p--a\""));
    }

    @Test
    void aFormulaWithALinkASourceOrAnIdStaysForThePassesToSee() {
        String href = INLINE.replace("<span class=\"base\">", "<span class=\"base\"><a href=\"https://x.org\">l</a>");
        String id = INLINE.replace("<span class=\"base\">", "<span class=\"base\" id=\"mine\">");
        String page = "<p>" + href + id + INLINE + "</p>";
        FormulaSpans.Elided e = FormulaSpans.elide(page);
        assertThat(e.formulas()).containsExactly(INLINE);
        assertThat(e.skeleton()).contains("https://x.org", "id=\"mine\"");
        assertThat(e.restore(e.skeleton())).isEqualTo(page);
    }

    @Test
    void htmlWithoutFormulasOrWithAnUnclosedOneIsLeftAsItIs() {
        assertThat(FormulaSpans.elide("<p>no math</p>").skeleton()).isEqualTo("<p>no math</p>");
        String cut = "<p>" + INLINE + "</p>" + INLINE.substring(0, INLINE.length() - 14);
        FormulaSpans.Elided e = FormulaSpans.elide(cut);
        assertThat(e.formulas()).hasSize(1);
        assertThat(e.restore(e.skeleton())).isEqualTo(cut);
        // a span that only looks like KaTeX's start (no MathML inside) is the page's own
        String own = "<span class=\"katex\">mine <a href=\"x\">y</a></span>";
        assertThat(FormulaSpans.elide(own).skeleton()).isEqualTo(own);
    }
}
