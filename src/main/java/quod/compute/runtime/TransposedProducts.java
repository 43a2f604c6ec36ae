package quod.compute.runtime;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.equation.ManagerFunctions;
import org.ejml.equation.ManagerTempVariables;
import org.ejml.equation.Operation;
import org.ejml.equation.Variable;
import org.ejml.equation.VariableMatrix;

/**
 * Products with a transposed factor, {@code A * B'} and {@code A' * B}, computed without writing the
 * transpose out: EJML's {@code Equation} would transpose first (a copy of the matrix) and then multiply,
 * and for {@code X * X'} or {@code X' * X} compute both halves of a symmetric result. {@link EjmlText}
 * writes such a product as a call of {@link #TRANS_B} or {@link #TRANS_A}, names a page cannot write
 * (Quod's names have no {@code $}), so these functions are never called by an author.
 *
 * <p>The result is the same, bit for bit: EJML's kernels for these products ({@code multTransB},
 * {@code multTransA}, {@code multOuter}, {@code multInner}) add the same terms in the same order as its
 * plain product of the written-out transpose. Whatever is not a product of two matrices of agreeing
 * shapes (a scalar factor, shapes that do not agree, an empty matrix) runs as EJML's own transpose and
 * product do, errors included.
 */
final class TransposedProducts {
    /** {@code quod$multTransB(A, B)} is {@code A * B'}. */
    static final String TRANS_B = "quod$multTransB";
    /** {@code quod$multTransA(A, B)} is {@code A' * B}. */
    static final String TRANS_A = "quod$multTransA";

    private TransposedProducts() {
    }

    static void register(ManagerFunctions f) {
        // Only EjmlText writes these calls, always with two arguments.
        f.addN(TRANS_B, (args, m) -> product(args.get(0), args.get(1), m, false));
        f.addN(TRANS_A, (args, m) -> product(args.get(0), args.get(1), m, true));
    }

    private static Operation.Info product(Variable a, Variable b, ManagerTempVariables m, boolean transA) {
        // EJML's own sequence for the product as written, kept for every case the kernels below do not take.
        Operation.Info transposed = Operation.transpose(transA ? a : b, m);
        Operation.Info written = transA ? Operation.multiply(transposed.output, b, m)
                : Operation.multiply(a, transposed.output, m);
        if (!(a instanceof VariableMatrix ma && b instanceof VariableMatrix mb)) {
            return sequence(transposed, written);
        }
        VariableMatrix out = m.createMatrix();
        Operation.Info info = new Operation.Info();
        info.output = out;
        info.op = new Operation(transA ? "quod-mult-transA" : "quod-mult-transB") {
            @Override
            public void process() {
                DMatrixRMaj x = ma.matrix;
                DMatrixRMaj y = mb.matrix;
                boolean agree = transA ? x.numRows == y.numRows : x.numCols == y.numCols;
                if (!agree || x.getNumElements() == 0 || y.getNumElements() == 0) {
                    // EJML's message for shapes that do not agree, as without this shortcut; and an empty
                    // factor, which not every kernel here checks for (its array may hold a stale element)
                    transposed.op.process();
                    written.op.process();
                    out.matrix.setTo(((VariableMatrix) written.output).matrix);
                    return;
                }
                if (x == y) {
                    // X * X' or X' * X: symmetric, so EJML computes one half and mirrors it
                    if (transA) {
                        CommonOps_DDRM.multInner(x, out.matrix);
                    } else {
                        CommonOps_DDRM.multOuter(x, out.matrix);
                    }
                } else if (transA) {
                    CommonOps_DDRM.multTransA(x, y, out.matrix);
                } else {
                    CommonOps_DDRM.multTransB(x, y, out.matrix);
                }
            }
        };
        return info;
    }

    /** Runs two of EJML's operations one after the other; the result is the second one's. */
    private static Operation.Info sequence(Operation.Info first, Operation.Info second) {
        Operation.Info info = new Operation.Info();
        info.output = second.output;
        info.op = new Operation(second.op.name()) {
            @Override
            public void process() {
                first.op.process();
                second.op.process();
            }
        };
        return info;
    }
}
