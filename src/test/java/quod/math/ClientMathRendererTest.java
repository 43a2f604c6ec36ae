package quod.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/** {@code --math client}: the TeX stays in the page, escaped, in the delimiters the browser's KaTeX looks for. */
class ClientMathRendererTest {
    private static final SourceText SOURCE = new SourceText("content/a.md", "");

    @Test
    void inlineAndDisplayFormulasKeepTheirTexEscapedInsideTheirDelimiters() {
        ClientMathRenderer r = new ClientMathRenderer();
        Diagnostics diagnostics = new Diagnostics();
        assertThat(r.render(new Formula("a<b & c", false, SOURCE, 0), diagnostics))
                .isEqualTo("<span class=\"katex-pending\">\\(a&lt;b &amp; c\\)</span>");
        assertThat(r.render(new Formula("\\frac{1}{2}", true, SOURCE, 0), diagnostics))
                .isEqualTo("<span class=\"katex-display-pending\">\\[\\frac{1}{2}\\]</span>");
        assertThat(r.render(new Formula("\\foo{", false, SOURCE, 0), diagnostics)).as("bad TeX is the browser's to show")
                .contains("\\foo{");
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(r.stats()).isEqualTo(new MathStats(3, 0));
    }
}
