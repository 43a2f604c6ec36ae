package quod.compute.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** pinv by QR first is EJML's pinv up to rounding, on the shapes it takes and on rank-deficient matrices. */
class PseudoInverseTest {
    private static DMatrixRMaj ejml(DMatrixRMaj a) {
        DMatrixRMaj out = new DMatrixRMaj(a.numCols, a.numRows);
        CommonOps_DDRM.pinv(a, out);
        return out;
    }

    /** The largest difference between two matrices of the same shape, relative to the largest element of the second. */
    private static double relativeDifference(DMatrixRMaj x, DMatrixRMaj y) {
        assertThat(x.numRows).isEqualTo(y.numRows);
        assertThat(x.numCols).isEqualTo(y.numCols);
        DMatrixRMaj d = CommonOps_DDRM.subtract(x, y, null);
        return CommonOps_DDRM.elementMaxAbs(d) / CommonOps_DDRM.elementMaxAbs(y);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"400, 30", "30, 400", "101, 2000", "60, 30", "30, 60", "50, 40", "40, 50", "7, 7", "1, 9", "9, 1"})
    void equalsEjmlsPseudoInverseUpToRounding(int rows, int cols) {
        DMatrixRMaj a = RandomMatrices_DDRM.rectangle(rows, cols, -1, 1, new Random(rows * 1000L + cols));
        assertThat(relativeDifference(PseudoInverse.of(a), ejml(a))).isLessThan(1e-12);
    }

    @Test
    void rankDeficientTallMatrixZeroesTheSameSingularValues() {
        // 300x4 of rank 2: columns 2 and 3 repeat columns 0 and 1
        DMatrixRMaj base = RandomMatrices_DDRM.rectangle(300, 2, -1, 1, new Random(7));
        DMatrixRMaj a = new DMatrixRMaj(300, 4);
        CommonOps_DDRM.insert(base, a, 0, 0);
        CommonOps_DDRM.insert(base, a, 0, 2);
        DMatrixRMaj p = PseudoInverse.of(a);
        assertThat(relativeDifference(p, ejml(a))).isLessThan(1e-12);
        // the Moore-Penrose conditions that pick the pseudo-inverse among generalized inverses: A P A = A, P A P = P
        assertThat(relativeDifference(CommonOps_DDRM.mult(CommonOps_DDRM.mult(a, p, null), a, null), a)).isLessThan(1e-12);
        assertThat(relativeDifference(CommonOps_DDRM.mult(CommonOps_DDRM.mult(p, a, null), p, null), p)).isLessThan(1e-12);
    }

    @Test
    void zeroMatrixHasZeroPseudoInverse() {
        assertThat(PseudoInverse.of(new DMatrixRMaj(50, 3)).data).containsOnly(0.0);
    }

    @Test
    void pinvOfANumberIsStillANumber() {
        assertThat(Eval.value("pinv(4)")).isEqualTo(new Value.Scalar(0.25, false));
        assertThat(Eval.number("pinv(4) * 8")).isEqualTo(2.0);
    }
}
