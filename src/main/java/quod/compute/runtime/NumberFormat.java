package quod.compute.runtime;

import quod.compute.output.ComputedValue;
import quod.compute.output.Numbers;

import org.ejml.data.DMatrixRMaj;

/**
 * Values as text: numbers through {@link Numbers}, matrices as {@code bmatrix} or {@code [1 2; 3 4]},
 * large ones elided, for {@code show}, inline values and messages.
 */
final class NumberFormat {
    /** Matrices with more rows or columns than this are shown with {@code \cdots}, {@code \vdots}. */
    static final int MAX_SHOWN = 8;

    /** Entries smaller than this times the largest entry of a matrix are shown as 0 (rounding noise). */
    static final double NOISE = 1e-12;

    private final Numbers numbers;
    private final int maxShown;

    /**
     * @param precision significant digits when no explicit format is given
     * @param maxShown  rows and columns of a matrix shown before eliding
     */
    NumberFormat(int precision, int maxShown) {
        this.numbers = new Numbers(precision);
        this.maxShown = maxShown;
    }

    NumberFormat(int precision) {
        this(precision, MAX_SHOWN);
    }

    /** A number in LaTeX, with the given format or (when null) the default significant digits. */
    String latex(double x, Numbers.Spec spec) {
        return numbers.latex(x, spec);
    }

    /** A number as plain text, for messages and attributes. */
    String plain(double x, Numbers.Spec spec) {
        return numbers.plain(x, spec);
    }

    /** A value in LaTeX: scalars and 1x1 matrices as numbers, matrices as {@code bmatrix}. */
    String latex(Value v, Numbers.Spec spec) {
        if (v.isScalarLike()) {
            return latex(v.asDouble(), spec);
        }
        return bmatrix(((Value.Matrix) v).matrix(), spec);
    }

    /** A value as plain text: numbers as numbers, matrices as {@code [1 2; 3 4]} (elided when large). */
    String plain(Value v, Numbers.Spec spec) {
        if (v.isScalarLike()) {
            return plain(v.asDouble(), spec);
        }
        DMatrixRMaj m = ((Value.Matrix) v).matrix();
        double cut = noiseCut(m);
        StringBuilder s = new StringBuilder("[");
        for (int i : shownIndices(m.numRows)) {
            if (s.length() > 1) {
                s.append("; ");
            }
            if (i < 0) {
                s.append("...");
                continue;
            }
            StringBuilder row = new StringBuilder();
            for (int j : shownIndices(m.numCols)) {
                if (row.length() > 0) {
                    row.append(' ');
                }
                row.append(j < 0 ? "..." : plain(clean(m.get(i, j), cut), spec));
            }
            s.append(row);
        }
        return s.append(']').toString();
    }

    /**
     * An inline value: TeX inside a formula; in prose, plain text when plain text says the same thing
     * ({@code 0.9}, {@code 12}), else TeX to render as a formula of its own.
     */
    ComputedValue inline(Value v, Numbers.Spec spec, boolean inMath) {
        String latex = latex(v, spec);
        if (!inMath && v.isScalarLike()) {
            String plain = plain(v.asDouble(), spec);
            if (plain.equals(latex)) {
                return new ComputedValue(plain, false);
            }
        }
        return new ComputedValue(latex, true);
    }

    private String bmatrix(DMatrixRMaj m, Numbers.Spec spec) {
        double cut = noiseCut(m);
        int[] rows = shownIndices(m.numRows);
        int[] cols = shownIndices(m.numCols);
        StringBuilder s = new StringBuilder("\\begin{bmatrix}");
        for (int ri = 0; ri < rows.length; ri++) {
            s.append(ri == 0 ? " " : " \\\\ ");
            for (int ci = 0; ci < cols.length; ci++) {
                if (ci > 0) {
                    s.append(" & ");
                }
                int i = rows[ri];
                int j = cols[ci];
                if (i < 0 && j < 0) {
                    s.append("\\ddots");
                } else if (i < 0) {
                    s.append("\\vdots");
                } else if (j < 0) {
                    s.append("\\cdots");
                } else {
                    s.append(latex(clean(m.get(i, j), cut), spec));
                }
            }
        }
        return s.append(" \\end{bmatrix}").toString();
    }

    /** Indices to show along one axis; -1 marks the elision. Large axes show the head and the last. */
    private int[] shownIndices(int n) {
        if (n <= maxShown) {
            return java.util.stream.IntStream.range(0, n).toArray();
        }
        int[] out = new int[maxShown];
        for (int i = 0; i < maxShown - 2; i++) {
            out[i] = i;
        }
        out[maxShown - 2] = -1;
        out[maxShown - 1] = n - 1;
        return out;
    }

    private static double noiseCut(DMatrixRMaj m) {
        double max = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            if (Double.isFinite(m.data[i])) {
                max = Math.max(max, Math.abs(m.data[i]));
            }
        }
        return NOISE * max;
    }

    private static double clean(double x, double cut) {
        return Math.abs(x) < cut ? 0 : x;
    }

}
