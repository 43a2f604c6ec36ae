package quod.compute.runtime;

import org.ejml.data.DMatrixRMaj;

/**
 * A value of the directive language: a scalar or a matrix. Integral scalars are kept apart because
 * EJML only accepts integers as indices and sizes ({@code A(i, 0)}, {@code zeros(n, n)}).
 */
public sealed interface Value {

    /** A number; {@code integral} when EJML holds it as an integer. */
    record Scalar(double value, boolean integral) implements Value { }

    /** A matrix, owned by the value (never aliased by EJML's temporaries). */
    record Matrix(DMatrixRMaj matrix) implements Value { }

    /** Scalars and 1x1 matrices compare, show and format as numbers. */
    default boolean isScalarLike() {
        return this instanceof Scalar || ((Matrix) this).matrix().getNumElements() == 1;
    }

    default double asDouble() {
        return this instanceof Scalar s ? s.value() : ((Matrix) this).matrix().get(0);
    }

    default int rows() {
        return this instanceof Matrix m ? m.matrix().numRows : 1;
    }

    default int cols() {
        return this instanceof Matrix m ? m.matrix().numCols : 1;
    }

    default String shape() {
        return rows() + "x" + cols();
    }

    default boolean isFinite() {
        if (this instanceof Scalar s) {
            return Double.isFinite(s.value());
        }
        DMatrixRMaj m = ((Matrix) this).matrix();
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                return false;
            }
        }
        return true;
    }
}
