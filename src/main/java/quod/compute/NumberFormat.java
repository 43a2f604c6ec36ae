package quod.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejml.data.DMatrixRMaj;

/**
 * The one place numbers become text, for {@code show}, inline values, checks and plots, so that the
 * same number always reads the same. Locale-independent; never writes {@code -0}; integers have no
 * decimals; scientific notation is {@code a \times 10^{b}} in LaTeX and {@code ae-b} in plain text.
 *
 * @param precision significant digits when no explicit format is given
 */
public record NumberFormat(int precision, int maxShown) {
    /** Matrices with more rows or columns than this are shown with {@code \cdots}, {@code \vdots}. */
    static final int MAX_SHOWN = 8;

    public NumberFormat(int precision) {
        this(precision, MAX_SHOWN);
    }

    /** Entries smaller than this times the largest entry of a matrix are shown as 0 (rounding noise). */
    static final double NOISE = 1e-12;

    private static final Pattern SPEC = Pattern.compile("\\.?(\\d{0,2})([fegd])");
    private static final Pattern EXPONENT = Pattern.compile("^(-?[\\d.]+)[eE]([+-]?\\d+)$");

    /** A printf-style format from {@code {{ x | .3f }}}: conversion f, e, g or d with a digit count. */
    public record Spec(char conversion, int digits) {
        /** Parses {@code .3f}, {@code .2e}, {@code .4g}, {@code d}; null when {@code text} is not one. */
        static Spec parse(String text) {
            Matcher m = SPEC.matcher(text.trim());
            if (!m.matches()) {
                return null;
            }
            char conv = m.group(2).charAt(0);
            int digits = m.group(1).isEmpty() ? (conv == 'g' ? 4 : 6) : Integer.parseInt(m.group(1));
            return new Spec(conv, digits);
        }
    }

    public NumberFormat {
        if (precision < 1 || precision > 17) {
            throw new IllegalArgumentException("precision must be 1..17, got " + precision);
        }
    }

    /** A number in LaTeX, with the given format or (when null) the default significant digits. */
    String latex(double x, Spec spec) {
        return text(x, spec, true);
    }

    /** A number as plain text, for messages and attributes. */
    public String plain(double x, Spec spec) {
        return text(x, spec, false);
    }

    /** A value in LaTeX: scalars and 1x1 matrices as numbers, matrices as {@code bmatrix}. */
    String latex(Value v, Spec spec) {
        if (v.isScalarLike()) {
            return latex(v.asDouble(), spec);
        }
        return bmatrix(((Value.Matrix) v).matrix(), spec);
    }

    /** A value as plain text: numbers as numbers, matrices as {@code [1 2; 3 4]} (elided when large). */
    String plain(Value v, Spec spec) {
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
    ComputedValue inline(Value v, Spec spec, boolean inMath) {
        String latex = latex(v, spec);
        if (!inMath && v.isScalarLike()) {
            String plain = plain(v.asDouble(), spec);
            if (plain.equals(latex)) {
                return new ComputedValue(plain, false);
            }
        }
        return new ComputedValue(latex, true);
    }

    private String bmatrix(DMatrixRMaj m, Spec spec) {
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

    private String text(double x, Spec spec, boolean latex) {
        if (Double.isNaN(x)) {
            return latex ? "\\text{NaN}" : "NaN";
        }
        if (Double.isInfinite(x)) {
            return (x < 0 ? "-" : "") + (latex ? "\\infty" : "Infinity");
        }
        String s = spec == null ? general(x) : formatted(x, spec);
        if (isZero(s)) {
            s = s.replace("-", "");
        }
        Matcher e = EXPONENT.matcher(s);
        if (!e.matches()) {
            return s;
        }
        int exponent = Integer.parseInt(e.group(2));
        return latex ? e.group(1) + " \\times 10^{" + exponent + "}" : e.group(1) + "e" + exponent;
    }

    /**
     * Whole numbers below 1e7 in full; otherwise {@code precision} significant digits, trailing zeros
     * dropped, scientific outside 1e-4 .. 1e{precision}.
     */
    private String general(double x) {
        if (x == 0) {
            return "0";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e7) { // larger whole numbers read better as 2.5e14
            return Long.toString((long) x);
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= precision) {
            String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
            return mantissa + "e" + exponent;
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    private static String formatted(double x, Spec spec) {
        return switch (spec.conversion()) {
            case 'd' -> Long.toString(Math.round(x));
            case 'f' -> String.format(Locale.ROOT, "%." + spec.digits() + "f", x);
            case 'e' -> String.format(Locale.ROOT, "%." + spec.digits() + "e", x);
            default -> String.format(Locale.ROOT, "%." + Math.max(1, spec.digits()) + "g", x);
        };
    }

    private static boolean isZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
