package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which parts of a plot label are formulas: TeX between dollar signs, as matplotlib reads labels. */
class PlotLabelTest {

    @Test
    void formulasBetweenDollarsWithTheirOffsetsInTheLabel() {
        assertThat(PlotLabel.parse("norm of $h_t$ at step $t$").parts()).containsExactly(
                new PlotLabel.Part("norm of ", false, 0), new PlotLabel.Part("h_t", true, 9),
                new PlotLabel.Part(" at step ", false, 13), new PlotLabel.Part("t", true, 23));
    }

    @Test
    void anOddNumberOfDollarsMeansNoMathAndAnEscapedDollarIsADollar() {
        assertThat(PlotLabel.parse("price in $").parts()).containsExactly(new PlotLabel.Part("price in $", false, 0));
        assertThat(PlotLabel.parse("\\$5 or $x$").parts()).containsExactly(
                new PlotLabel.Part("$5 or ", false, 0), new PlotLabel.Part("x", true, 8));
    }

    @Test
    void anEmptyPairOfDollarsIsText() {
        assertThat(PlotLabel.parse("a $$ b").parts()).containsExactly(new PlotLabel.Part("a $$ b", false, 0));
    }

    @Test
    void htmlEscapesTheTextAndPlainKeepsTheTex() {
        PlotLabel label = PlotLabel.parse("<b> & $x < 1$");
        assertThat(label.html(p -> "[" + p.text() + "]")).isEqualTo("&lt;b&gt; &amp; [x < 1]");
        assertThat(label.plain()).isEqualTo("<b> & x < 1");
        assertThat(PlotLabel.parse("").parts()).isEqualTo(List.of());
    }
}
