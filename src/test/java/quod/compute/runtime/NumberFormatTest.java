package quod.compute.runtime;

import quod.compute.output.ComputedValue;
import quod.compute.output.Numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The one number formatter: significant digits, no -0, integers bare, LaTeX scientific notation. */
@Isolated("changes the default locale, which every class that formats numbers would see")
class NumberFormatTest {
    private final NumberFormat four = new NumberFormat(4);

    @Test
    void defaultUsesSignificantDigitsAndDropsTrailingZeros() {
        assertThat(four.latex(0.9, null)).isEqualTo("0.9");
        assertThat(four.latex(1.0 / 3, null)).isEqualTo("0.3333");
        assertThat(four.latex(123.456, null)).isEqualTo("123.5");
        assertThat(four.latex(9.99996, null)).isEqualTo("10");
    }

    @Test
    void integersHaveNoDecimals() {
        assertThat(four.latex(12.0, null)).isEqualTo("12");
        assertThat(four.latex(-123456.0, null)).isEqualTo("-123456");
    }

    @Test
    void wholeNumbersFromTenMillionOnAreScientific() {
        assertThat(four.latex(9999999.0, null)).isEqualTo("9999999");
        assertThat(four.latex(2.5e14, null)).isEqualTo("2.5 \\times 10^{14}");
        assertThat(four.plain(123456789012.0, null)).isEqualTo("1.235e11");
    }

    @Test
    void negativeZeroIsNeverWritten() {
        assertThat(four.latex(-0.0, null)).isEqualTo("0");
        assertThat(four.latex(-0.0001, new Numbers.Spec('f', 2))).isEqualTo("0.00");
        assertThat(four.plain(-1e-20, new Numbers.Spec('d', 0))).isEqualTo("0");
    }

    @Test
    void scientificNotationInLatexAndPlainText() {
        assertThat(four.latex(1.2e-5, null)).isEqualTo("1.2 \\times 10^{-5}");
        assertThat(four.plain(1.2e-5, null)).isEqualTo("1.2e-5");
        assertThat(four.latex(3.1e-12, new Numbers.Spec('e', 1))).isEqualTo("3.1 \\times 10^{-12}");
        assertThat(four.latex(123456.7, null)).isEqualTo("1.235 \\times 10^{5}");
    }

    @Test
    void explicitFormats() {
        assertThat(four.plain(Math.PI, Numbers.Spec.parse(".3f"))).isEqualTo("3.142");
        assertThat(four.plain(Math.PI, Numbers.Spec.parse(".2e"))).isEqualTo("3.14e0");
        assertThat(four.plain(2.5, Numbers.Spec.parse("d"))).isEqualTo("3");
        assertThat(four.plain(0.000123456, Numbers.Spec.parse(".3g"))).isEqualTo("0.000123");
        assertThat(Numbers.Spec.parse("x")).isNull();
    }

    @Test
    void localeNeverChangesTheDecimalPoint() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(four.plain(1.5, Numbers.Spec.parse(".2f"))).isEqualTo("1.50");
            assertThat(four.plain(1.5, null)).isEqualTo("1.5");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void roundingNoiseInMatricesShowsAsZero() {
        Value m = new Value.Matrix(new DMatrixRMaj(2, 2, true, 1, 1e-17, -3e-16, 2));
        assertThat(four.latex(m, null)).isEqualTo("\\begin{bmatrix} 1 & 0 \\\\ 0 & 2 \\end{bmatrix}");
    }

    @Test
    void largeMatricesAreElided() {
        DMatrixRMaj big = new DMatrixRMaj(10, 9);
        for (int i = 0; i < 90; i++) {
            big.data[i] = i;
        }
        String latex = four.latex(new Value.Matrix(big), null);
        assertThat(latex).startsWith("\\begin{bmatrix} 0 & 1 & 2 & 3 & 4 & 5 & \\cdots & 8 \\\\ 9 &");
        assertThat(latex).contains("\\vdots & \\vdots & \\vdots & \\vdots & \\vdots & \\vdots & \\ddots & \\vdots \\\\ 81 &");
        assertThat(latex.split("\\\\\\\\")).hasSize(NumberFormat.MAX_SHOWN);
    }

    @Test
    void inlineOutsideMathIsPlainUnlessLatexIsNeeded() {
        assertThat(four.inline(new Value.Scalar(0.9, false), null, false)).isEqualTo(new ComputedValue("0.9", false));
        assertThat(four.inline(new Value.Scalar(1.2e-5, false), null, false)).isEqualTo(new ComputedValue("1.2 \\times 10^{-5}", true));
        assertThat(four.inline(new Value.Scalar(1.2e-5, false), null, true)).isEqualTo(new ComputedValue("1.2 \\times 10^{-5}", true));
        assertThat(four.inline(new Value.Matrix(new DMatrixRMaj(1, 2, true, 1, 2)), null, false))
                .isEqualTo(new ComputedValue("\\begin{bmatrix} 1 & 2 \\end{bmatrix}", true));
    }

    @Test
    void nonFiniteValues() {
        assertThat(four.latex(Double.NaN, null)).isEqualTo("\\text{NaN}");
        assertThat(four.latex(Double.NEGATIVE_INFINITY, null)).isEqualTo("-\\infty");
    }
}
