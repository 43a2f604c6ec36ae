package quod.compute.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A plot's legend names: split at commas, except inside a formula. */
class PlotLegendTest {

    @Test
    void commasInsideAFormulaDoNotSplitANameButCommasBetweenNamesDo() {
        assertThat(PlotBlock.legendNames("$s_{1,2}$ with $\\lambda = 0$, plain, $x$"))
                .containsExactly("$s_{1,2}$ with $\\lambda = 0$", " plain", " $x$");
        assertThat(PlotBlock.legendNames("a, b")).containsExactly("a", " b");
        assertThat(PlotBlock.legendNames("one")).containsExactly("one");
    }

    @Test
    void anEscapedDollarOpensNoFormula() {
        assertThat(PlotBlock.legendNames("\\$1, \\$2")).containsExactly("\\$1", " \\$2");
    }
}
