package quod.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One axis of a plot: the range it shows, where its ticks are and how they read. A linear axis has
 * 1-2-5 steps and writes every tick in one format (the decimals its step needs, or, for very large or
 * small values, a mantissa times one common power of ten); a log axis has ticks at powers of ten,
 * written {@code 10<sup>k</sup>}.
 *
 * @param lo    the low end: a data value, or for a log axis its log10
 * @param hi    the high end, likewise
 * @param ticks tick positions in the same units as {@code lo} and {@code hi}
 */
record PlotAxis(double lo, double hi, double[] ticks, boolean log, int decimals, int exponent) {
    private static final String MINUS = "\u2212";

    static PlotAxis linear(double min, double max) {
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        int power = (int) Math.floor(Math.log10((max - min) / 5));
        double raw = (max - min) / 5 / Math.pow(10, power);
        // 1-2-5 steps; a step of 10 is the next power's 1
        int nice = raw <= 1 ? 1 : raw <= 2 ? 2 : raw <= 5 ? 5 : 10;
        if (nice == 10) {
            nice = 1;
            power++;
        }
        double step = nice * Math.pow(10, power);
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        int count = (int) Math.round((hi - lo) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            // Multiplying, not accumulating, keeps tick values like 0.3 free of drift.
            ticks[i] = lo + i * step;
        }
        double largest = Math.max(Math.abs(lo), Math.abs(hi));
        if (largest >= 1e6 || largest < 1e-3) {
            // Scientific: one power of ten for the whole axis (never 0 here, which marks the plain format),
            // and the mantissa's decimals its step needs.
            int exponent = (int) Math.floor(Math.log10(largest));
            return new PlotAxis(lo, hi, ticks, false, Math.max(0, exponent - power), exponent);
        }
        return new PlotAxis(lo, hi, ticks, false, Math.max(0, -power), 0);
    }

    static PlotAxis log(double min, double max) {
        double lo = Math.floor(Math.log10(min));
        double hi = Math.ceil(Math.log10(max));
        if (hi == lo) {
            hi = lo + 1;
        }
        int every = (int) Math.max(1, Math.ceil((hi - lo) / 8));
        int count = (int) ((hi - lo) / every) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = lo + i * every;
        }
        return new PlotAxis(lo, hi, ticks, true, 0, 0);
    }

    /** Position of a data value, 0 at the low end and 1 at the high end. */
    double fraction(double v) {
        return tickFraction(log ? Math.log10(v) : v);
    }

    /** Position of a tick, which for a log axis is already an exponent. */
    double tickFraction(double t) {
        return (t - lo) / (hi - lo);
    }

    /** Each tick's label as HTML, in the order of {@link #ticks()}. */
    List<String> labels() {
        List<String> labels = new ArrayList<>(ticks.length);
        for (double t : ticks) {
            labels.add(label(t));
        }
        return labels;
    }

    private String label(double t) {
        if (log) {
            return "10<sup>" + signed(String.valueOf(Math.round(t))) + "</sup>";
        }
        if (exponent != 0) {
            if (Math.abs(t) < Math.pow(10, exponent - decimals - 1)) {
                return "0";
            }
            String mantissa = String.format(Locale.ROOT, "%." + decimals + "f", t / Math.pow(10, exponent));
            return signed(mantissa) + "\u00d710<sup>" + signed(String.valueOf(exponent)) + "</sup>";
        }
        String plain = String.format(Locale.ROOT, "%." + decimals + "f", t);
        return signed(plain.matches("-0(\\.0*)?") ? plain.substring(1) : plain);
    }

    /** A typographic minus instead of the hyphen. */
    private static String signed(String number) {
        return number.startsWith("-") ? MINUS + number.substring(1) : number;
    }
}
