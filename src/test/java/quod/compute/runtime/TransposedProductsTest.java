package quod.compute.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quod.compute.language.ExprParser;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * Products with a transposed factor run without writing the transpose out (see {@link TransposedProducts}),
 * and give what EJML gives for the written-out transpose, bit for bit. A transpose in parentheses,
 * {@code A * (B')}, is not rewritten, so it is the reference.
 */
class TransposedProductsTest {
    private static final String[] SETUP = {
        "A = randn(7, 300)", "B = randn(5, 300)", "C = randn(300, 4)", "D = randn(7, 4)", "v = randn(1, 300)", "n = 3",
    };

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = '|', value = {
        "A * A'          | A * (A')",         // symmetric: one half computed and mirrored
        "A * B'          | A * (B')",
        "A' * A          | (A') * A",         // symmetric, the inner product
        "A' * D          | (A') * D",
        "C' * C          | (C') * C",
        "A * v'          | A * (v')",         // a vector: EJML's matrix-vector product
        "v * v'          | v * (v')",
        "A * B' * D(0:4, :) | A * (B') * D(0:4, :)",
        "B * A' * D      | B * (A') * D",
        "D' * A * C      | (D') * A * C",
        "2 * A * B'      | 2 * A * (B')",
        "n * A'          | n * (A')",         // a whole-number factor: EJML's own product of a scalar
        "A' * 2.5        | (A') * 2.5",
        "-A * B'         | -A * (B')",
        "A' * A'' * 1    | (A') * (A'') * 1",
    })
    void productWithTransposeEqualsProductOfWrittenOutTranspose(String product, String reference) {
        assertThat(Eval.matrix(product, SETUP)).isDeepEqualTo(Eval.matrix(reference, SETUP));
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = '|', value = {
        "Z' * Z   | (Z') * Z",
        "Z * Z'   | Z * (Z')",
        "W * W'   | W * (W')",
        "W' * W   | (W') * W",
        "W * V'   | W * (V')",
        "Z' * U   | (Z') * U",
    })
    void productsOfEmptyMatricesAreWhatEjmlGivesForTheWrittenOutTranspose(String product, String reference) {
        String[] setup = {"Z = zeros(0, 3)", "W = zeros(3, 0)", "V = zeros(2, 0)", "U = zeros(0, 2)"};
        assertThat(Eval.matrix(product, setup)).isDeepEqualTo(Eval.matrix(reference, setup));
    }

    @Test
    void productOverAnEmptyDimensionIsZero() {
        assertThat(Eval.matrix("Z' * Z", "Z = zeros(0, 3)")).isDeepEqualTo(new double[3][3]);
        assertThat(Eval.matrix("W * W'", "W = zeros(2, 0)")).isDeepEqualTo(new double[2][2]);
    }

    @Test
    void productsInsideMatrixLiteralStaySeparateElements() {
        String[] setup = {"a = [1 2; 3 4]", "b = [0 1; 1 0]"};
        assertThat(Eval.matrix("[a * b' a' * b]", setup)).isDeepEqualTo(new double[][] {{2, 1, 3, 1}, {4, 3, 4, 2}});
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "A * B'           | quod$multTransB(A,B)",
        "A' * B           | quod$multTransA(A,B)",
        "A'*B'            | quod$multTransB(A',B)",
        "A * B' * C'      | quod$multTransB(quod$multTransB(A,B),C)",
        "A * (B')         | A * (B')",
        "x(0) * y(1:2)'   | quod$multTransB(x(0),y(1:2))",
        "[A * B' C]       | [quod$multTransB(A,B) ,C]",
        "A .* B'          | A .* B'",
    })
    void ejmlTextWritesTransposedProductAsCall(String source, String ejml) {
        assertThat(EjmlText.of(source, ExprParser.expression(source, 0))).isEqualTo(ejml);
    }

    @Test
    void shapesThatDisagreeGiveTheMessageOfTheWrittenOutProduct() {
        // zeros(...) has no shape before running, so EJML's product is what finds the disagreement
        assertThat(errors("x = zeros(2, 3) * zeros(4, 2)'")).isEqualTo(errors("x = zeros(2, 3) * (zeros(4, 2)')"))
                .singleElement().asString().contains("dimensions");
    }

    @Test
    void transposeOfANumberGivesTheMessageItGaveBefore() {
        assertThat(errors("x = 2 * 3'")).isEqualTo(errors("x = 2 * (3')")).hasSize(1);
        assertThat(errors("x = 3' * 2")).isEqualTo(errors("x = (3') * 2")).hasSize(1);
    }

    private static List<String> errors(String statement) {
        List<Diagnostic> sink = new ArrayList<>();
        new Interpreter(new SourceText("t.md", ""), PageOptions.defaults(), sink).runBlock(List.of(statement), 1);
        return sink.stream().map(d -> d.message()).toList();
    }
}
