package quod.compute.runtime;

import quod.compute.language.ComputeError;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The decompositions and matrix functions Quod adds on top of EJML, on plain matrices, with the
 * conventions the syntax promises: thin factors, values in descending order, and a fixed sign
 * convention so that results are the same on every run.
 */
final class LinearAlgebra {
    private LinearAlgebra() {
    }

    record Svd(DMatrixRMaj u, DMatrixRMaj s, DMatrixRMaj v) { }

    record EigSym(DMatrixRMaj q, DMatrixRMaj l) { }

    record Qr(DMatrixRMaj q, DMatrixRMaj r) { }

    /** Thin SVD: U is m x k, S is k x k diagonal descending, V is n x k, k = min(m, n). */
    static Svd svd(DMatrixRMaj x) {
        int k = Math.min(x.numRows, x.numCols);
        SingularValueDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.svd(x.numRows, x.numCols, true, true, true);
        if (!d.decompose(x.copy())) {
            throw new ComputeError("svd did not converge (does the matrix contain NaN or infinity?)", -1);
        }
        DMatrixRMaj u = d.getU(null, false);
        DMatrixRMaj w = d.getW(null);
        DMatrixRMaj v = d.getV(null, false);
        Integer[] order = descending(IntStream.range(0, k).mapToDouble(i -> w.get(i, i)).toArray());
        DMatrixRMaj uo = new DMatrixRMaj(x.numRows, k);
        DMatrixRMaj so = new DMatrixRMaj(k, k);
        DMatrixRMaj vo = new DMatrixRMaj(x.numCols, k);
        for (int j = 0; j < k; j++) {
            int src = order[j];
            so.set(j, j, w.get(src, src));
            double sign = signOfLargest(v, src);
            for (int i = 0; i < x.numRows; i++) {
                uo.set(i, j, sign * u.get(i, src));
            }
            for (int i = 0; i < x.numCols; i++) {
                vo.set(i, j, sign * v.get(i, src));
            }
        }
        return new Svd(uo, so, vo);
    }

    static DMatrixRMaj singularValues(DMatrixRMaj x) {
        SingularValueDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.svd(x.numRows, x.numCols, false, false, true);
        if (!d.decompose(x.copy())) {
            throw new ComputeError("svd did not converge (does the matrix contain NaN or infinity?)", -1);
        }
        double[] s = Arrays.copyOf(d.getSingularValues(), Math.min(x.numRows, x.numCols));
        Arrays.sort(s);
        DMatrixRMaj out = new DMatrixRMaj(s.length, 1);
        for (int i = 0; i < s.length; i++) {
            out.set(i, 0, s[s.length - 1 - i]);
        }
        return out;
    }

    /** Symmetric eigendecomposition A = Q L Q', eigenvalues descending. */
    static EigSym eigsym(DMatrixRMaj a, String fn) {
        requireSymmetric(a, fn);
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.eig(n, true, true);
        if (!d.decompose(a.copy())) {
            throw new ComputeError(fn + " did not converge (does the matrix contain NaN or infinity?)", -1);
        }
        double[] values = IntStream.range(0, n).mapToDouble(i -> d.getEigenvalue(i).real).toArray();
        Integer[] order = descending(values);
        DMatrixRMaj q = new DMatrixRMaj(n, n);
        DMatrixRMaj l = new DMatrixRMaj(n, n);
        for (int j = 0; j < n; j++) {
            DMatrixRMaj vec = d.getEigenVector(order[j]);
            l.set(j, j, values[order[j]]);
            double norm = Math.sqrt(CommonOps_DDRM.elementSum(elementSquare(vec)));
            double sign = signOfLargest(vec, 0);
            for (int i = 0; i < n; i++) {
                q.set(i, j, sign * vec.get(i) / norm);
            }
        }
        return new EigSym(q, l);
    }

    /** Thin QR with the diagonal of R made non-negative, so the factors are unique for full rank A. */
    static Qr qr(DMatrixRMaj a) {
        QRDecomposition<DMatrixRMaj> d = DecompositionFactory_DDRM.qr(a.numRows, a.numCols);
        if (!d.decompose(a.copy())) {
            throw new ComputeError("qr failed (does the matrix contain NaN or infinity?)", -1);
        }
        DMatrixRMaj q = d.getQ(null, true);
        DMatrixRMaj r = d.getR(null, true);
        for (int j = 0; j < r.numRows; j++) {
            if (r.get(j, j) < 0) {
                for (int c = 0; c < r.numCols; c++) {
                    r.set(j, c, -r.get(j, c));
                }
                for (int i = 0; i < q.numRows; i++) {
                    q.set(i, j, -q.get(i, j));
                }
            }
        }
        return new Qr(q, r);
    }

    /** Largest |eigenvalue| of a general square matrix. */
    static double spectralRadius(DMatrixRMaj a) {
        requireSquare(a, "specrad");
        EigenDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.eig(a.numRows, false);
        if (!d.decompose(a.copy())) {
            throw new ComputeError("specrad did not converge (does the matrix contain NaN or infinity?)", -1);
        }
        double max = 0;
        for (int i = 0; i < d.getNumberOfEigenvalues(); i++) {
            max = Math.max(max, d.getEigenvalue(i).getMagnitude());
        }
        return max;
    }

    static int rank(DMatrixRMaj a) {
        DMatrixRMaj s = singularValues(a);
        if (s.getNumElements() == 0) {
            return 0;
        }
        // The same tolerance as MATLAB's rank: max(size) * eps * largest singular value.
        double tol = Math.max(a.numRows, a.numCols) * Math.ulp(s.get(0));
        int r = 0;
        for (int i = 0; i < s.getNumElements(); i++) {
            if (s.get(i) > tol) {
                r++;
            }
        }
        return r;
    }

    static double cond(DMatrixRMaj a) {
        DMatrixRMaj s = singularValues(a);
        double smallest = s.get(s.getNumElements() - 1);
        return smallest == 0 ? Double.POSITIVE_INFINITY : s.get(0) / smallest;
    }

    /** A Haar-distributed orthogonal matrix: QR of a Gaussian matrix with the signs fixed by R. */
    static DMatrixRMaj randomOrthogonal(int n, Random random) {
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        for (int i = 0; i < n * n; i++) {
            g.data[i] = random.nextGaussian();
        }
        return qr(g).q();
    }

    private static DMatrixRMaj elementSquare(DMatrixRMaj v) {
        DMatrixRMaj out = v.copy();
        CommonOps_DDRM.elementMult(out, v);
        return out;
    }

    /** +1 or -1 so that the largest entry of column {@code col} is positive: one fixed sign per vector. */
    private static double signOfLargest(DMatrixRMaj m, int col) {
        double best = 0;
        for (int i = 0; i < m.numRows; i++) {
            if (Math.abs(m.get(i, col)) > Math.abs(best) + 1e-12) {
                best = m.get(i, col);
            }
        }
        return best < 0 ? -1 : 1;
    }

    private static Integer[] descending(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i));
        return order;
    }

    static void requireSquare(DMatrixRMaj a, String fn) {
        if (a.numRows != a.numCols) {
            throw new ComputeError(fn + " needs a square matrix, got " + a.numRows + "x" + a.numCols, -1);
        }
    }

    private static void requireSymmetric(DMatrixRMaj a, String fn) {
        requireSquare(a, fn);
        double scale = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            scale = Math.max(scale, Math.abs(a.data[i]));
        }
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(a.get(i, j) - a.get(j, i)) > 1e-10 * Math.max(1, scale)) {
                    throw new ComputeError(fn + " needs a symmetric matrix: entry (" + i + "," + j + ") differs from (" + j + "," + i + ")", -1);
                }
            }
        }
    }
}
