package quod.compute.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** Runs statements, then evaluates one expression in the resulting scope; fails the test on any diagnostic. */
public final class Eval {
    private Eval() {
    }

    static Value value(String expression, String... statements) {
        List<Diagnostic> sink = new ArrayList<>();
        Interpreter in = new Interpreter(new SourceText("t.md", ""), PageOptions.defaults(), sink);
        in.runBlock(Arrays.asList(statements), 1);
        Value v = in.inlineValue(1, expression, 0, expression.length());
        assertThat(sink).as("diagnostics").isEmpty();
        assertThat(v).isNotNull();
        return v;
    }

    public static double number(String expression, String... statements) {
        Value v = value(expression, statements);
        assertThat(v.isScalarLike()).as(expression + " is a number").isTrue();
        return v.asDouble();
    }

    /** The matrix as rows of numbers, for AssertJ's deep equality with a tolerance. */
    public static double[][] matrix(String expression, String... statements) {
        Value v = value(expression, statements);
        DMatrixRMaj m = v instanceof Value.Matrix mat ? mat.matrix() : new DMatrixRMaj(1, 1, true, v.asDouble());
        double[][] rows = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                rows[i][j] = m.get(i, j);
            }
        }
        return rows;
    }
}
