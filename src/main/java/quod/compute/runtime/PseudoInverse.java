package quod.compute.runtime;

import org.ejml.UtilEjml;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * {@code pinv}, the Moore-Penrose pseudo-inverse, as EJML defines it (singular values below machine
 * epsilon x the larger side x the largest singular value count as zero), computed faster for a matrix at
 * least twice as tall as wide or wide as tall. EJML takes the SVD of the whole matrix, and each rotation
 * of that iteration updates the long factor U; here the QR decomposition comes first, A = QR, then the
 * SVD of the small square R, and pinv(A) = pinv(R) Q'. Same singular values up to rounding, same
 * threshold, so the same result up to rounding: a probe on 2,000 points in 101 dimensions took about a
 * third of the time. Other shapes, and anything that does not decompose, go to EJML's own pinv.
 */
final class PseudoInverse {
    private PseudoInverse() {
    }

    static DMatrixRMaj of(DMatrixRMaj a) {
        boolean wide = a.numCols > a.numRows;
        int m = Math.max(a.numRows, a.numCols);
        int n = Math.min(a.numRows, a.numCols);
        if (n == 0 || m < 2 * n) {
            return ejml(a);
        }
        DMatrixRMaj tall = wide ? CommonOps_DDRM.transpose(a, null) : a.copy();
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, n);
        if (!qr.decompose(tall)) {
            return ejml(a);
        }
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj rPinv = squareOf(qr.getR(null, true), m);
        if (rPinv == null) {
            return ejml(a);
        }
        // pinv(QR) = pinv(R) Q', as Q's columns are orthonormal; a wide A is the transpose of QR
        return wide ? CommonOps_DDRM.multTransB(q, rPinv, null) : CommonOps_DDRM.multTransB(rPinv, q, null);
    }

    /**
     * pinv of a square R by its SVD, zeroing as EJML's SolvePseudoInverseSvd_DDRM does for the matrix of
     * {@code longSide} rows that R came from; null if the SVD does not converge.
     */
    private static DMatrixRMaj squareOf(DMatrixRMaj r, int longSide) {
        int n = r.numRows;
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, true, true, true);
        if (!svd.decompose(r)) {
            return null;
        }
        DMatrixRMaj ut = svd.getU(null, true);
        DMatrixRMaj v = svd.getV(null, false);
        double[] s = svd.getSingularValues();
        double largest = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, s[i]);
        }
        double tau = UtilEjml.EPS * longSide * largest;
        if (largest != 0.0) {
            for (int i = 0; i < n; i++) {
                s[i] = s[i] < tau ? 0 : 1.0 / s[i];
            }
        }
        for (int i = 0; i < v.numRows; i++) {
            for (int j = 0; j < v.numCols; j++) {
                v.data[i * v.numCols + j] *= s[j];
            }
        }
        return CommonOps_DDRM.mult(v, ut, null);
    }

    private static DMatrixRMaj ejml(DMatrixRMaj a) {
        DMatrixRMaj out = new DMatrixRMaj(a.numCols, a.numRows);
        CommonOps_DDRM.pinv(a, out);
        return out;
    }
}
