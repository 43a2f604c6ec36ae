package quod.compute.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one number reads, in LaTeX and as plain text: the same number always reads the same, wherever
 * it appears (a {@code show}, an inline value, a check's summary, a plot's ticks). Locale-independent;
 * never writes {@code -0}; integers have no decimals; scientific notation is {@code a \times 10^{b}}
 * in LaTeX and {@code ae-b} in plain text.
 *
 * @param precision significant digits when no explicit format is given
 */
public record Numbers(int precision) {
    private static final Pattern SPEC = Pattern.compile("\\.?(\\d{0,2})([fegd])");
    private static final Pattern EXPONENT = Pattern.compile("^(-?[\\d.]+)[eE]([+-]?\\d+)$");

    /** A printf-style format from {@code {{ x | .3f }}}: conversion f, e, g or d with a digit count. */
    public record Spec(char conversion, int digits) {
        /** Parses {@code .3f}, {@code .2e}, {@code .4g}, {@code d}; null when {@code text} is not one. */
        public static Spec parse(String text) {
            Matcher m = SPEC.matcher(text.trim());
            if (!m.matches()) {
                return null;
            }
            char conv = m.group(2).charAt(0);
            int digits = m.group(1).isEmpty() ? (conv == 'g' ? 4 : 6) : Integer.parseInt(m.group(1));
            return new Spec(conv, digits);
        }
    }

    public Numbers {
        if (precision < 1 || precision > 17) {
            throw new IllegalArgumentException("precision must be 1..17, got " + precision);
        }
    }

    /** A number in LaTeX, with the given format or (when null) the default significant digits. */
    public String latex(double x, Spec spec) {
        return text(x, spec, true);
    }

    /** A number as plain text, for messages and attributes. */
    public String plain(double x, Spec spec) {
        return text(x, spec, false);
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
