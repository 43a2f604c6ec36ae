package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a plot's ticks go and how they read: one format per linear axis, powers of ten on a log axis. */
class PlotAxisTest {

    @Test
    void aLogAxisLabelsDecadesAsPowersOfTenWithATypographicMinus() {
        PlotAxis axis = PlotAxis.log(3e-3, 40);
        assertThat(axis.labels()).containsExactly("10<sup>\u22123</sup>", "10<sup>\u22122</sup>", "10<sup>\u22121</sup>",
                "10<sup>0</sup>", "10<sup>1</sup>", "10<sup>2</sup>");
    }

    @Test
    void aLogAxisOverManyDecadesLabelsEveryFewSoNoMoreThanNineLabels() {
        // 10^-31 .. 10^2: 33 decades, every 5th labelled
        PlotAxis axis = PlotAxis.log(8.4e-31, 12);
        assertThat(axis.labels()).hasSizeLessThanOrEqualTo(9).first().isEqualTo("10<sup>\u221231</sup>");
        assertThat(axis.labels()).allMatch(l -> l.matches("10<sup>\u2212?\\d+</sup>"));
    }

    @Test
    void aLogAxisOfLargeValuesNeverMixesPlainNumbersWithExponents() {
        // the axis that once read "1000000" beside "1e8"
        assertThat(PlotAxis.log(26, 3e8).labels()).containsExactly("10<sup>1</sup>", "10<sup>2</sup>", "10<sup>3</sup>",
                "10<sup>4</sup>", "10<sup>5</sup>", "10<sup>6</sup>", "10<sup>7</sup>", "10<sup>8</sup>", "10<sup>9</sup>");
    }

    @Test
    void aLinearAxisWritesEveryTickWithTheDecimalsItsStepNeeds() {
        assertThat(PlotAxis.linear(0, 1.5).labels()).containsExactly("0.0", "0.5", "1.0", "1.5");
        assertThat(PlotAxis.linear(0.85, 1).labels()).containsExactly("0.85", "0.90", "0.95", "1.00");
        assertThat(PlotAxis.linear(100, 5000).labels()).containsExactly("0", "1000", "2000", "3000", "4000", "5000");
    }

    @Test
    void negativeTicksUseAMinusSignAndZeroHasNoSign() {
        assertThat(PlotAxis.linear(-1, 1).labels()).containsExactly("\u22121.0", "\u22120.5", "0.0", "0.5", "1.0");
    }

    @Test
    void veryLargeOrSmallValuesShareOnePowerOfTen() {
        assertThat(PlotAxis.linear(0, 8e6).labels()).containsExactly("0", "2×10<sup>6</sup>", "4×10<sup>6</sup>",
                "6×10<sup>6</sup>", "8×10<sup>6</sup>");
        assertThat(PlotAxis.linear(1e-5, 4e-5).labels()).containsExactly("1×10<sup>\u22125</sup>", "2×10<sup>\u22125</sup>",
                "3×10<sup>\u22125</sup>", "4×10<sup>\u22125</sup>");
        assertThat(PlotAxis.linear(0, 2.5e-4).labels()).containsExactly("0", "0.5×10<sup>\u22124</sup>", "1.0×10<sup>\u22124</sup>",
                "1.5×10<sup>\u22124</sup>", "2.0×10<sup>\u22124</sup>", "2.5×10<sup>\u22124</sup>");
    }

    @Test
    void aConstantSeriesStillGetsARange() {
        PlotAxis axis = PlotAxis.linear(2, 2);
        assertThat(axis.lo()).isLessThan(2);
        assertThat(axis.hi()).isGreaterThan(2);
        assertThat(axis.fraction(2)).isBetween(0.0, 1.0);
    }
}
