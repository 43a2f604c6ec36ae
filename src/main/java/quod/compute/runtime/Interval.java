package quod.compute.runtime;

import java.util.Arrays;

/**
 * The values a number in a size or index may take, {@code lo..hi}, for {@link MatrixSizes}; infinite
 * ends when unknown. Arithmetic follows EJML's integers, which wrap around outside the {@code int}
 * range, so a result that may leave it may be any {@code int}.
 */
record Interval(double lo, double hi) {
    private static final double INT_MIN = Integer.MIN_VALUE;
    private static final double INT_MAX = Integer.MAX_VALUE;

    static final Interval UNKNOWN = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    static final Interval INTS = new Interval(INT_MIN, INT_MAX);

    static Interval exactly(double v) {
        return Double.isNaN(v) ? UNKNOWN : new Interval(v, v);
    }

    static Interval between(double lo, double hi) {
        return Double.isNaN(lo) || Double.isNaN(hi) ? UNKNOWN : new Interval(lo, hi);
    }

    boolean known() {
        return Double.isFinite(lo) && Double.isFinite(hi);
    }

    /** Known, or a literal too large for a double ({@code 1e400}): then it is infinite, not unknown. */
    boolean bounded() {
        return known() || lo == hi;
    }

    boolean exact() {
        return lo == hi;
    }

    double magnitude() {
        return Math.max(Math.abs(lo), Math.abs(hi));
    }

    /** The result of integer arithmetic: EJML's ints wrap around, so leaving their range means any int. */
    Interval wrapped() {
        return known() && (lo < INT_MIN || hi > INT_MAX) ? INTS : this;
    }

    /** {@code a op b}: exact when both are, else bounds; integer results that may wrap widen to all ints. */
    static Interval arithmetic(String op, Interval a, Interval b) {
        if (!a.known() || !b.known()) {
            return Interval.UNKNOWN;
        }
        return switch (op) {
            case "+" -> Interval.between(a.lo() + b.lo(), a.hi() + b.hi()).wrapped();
            case "-" -> Interval.between(a.lo() - b.hi(), a.hi() - b.lo()).wrapped();
            case "*", ".*" -> {
                double[] p = {a.lo() * b.lo(), a.lo() * b.hi(), a.hi() * b.lo(), a.hi() * b.hi()};
                yield Interval.between(Arrays.stream(p).min().getAsDouble(), Arrays.stream(p).max().getAsDouble()).wrapped();
            }
            case "/", "./" -> {
                if (a.exact() && b.exact() && b.lo() != 0) {
                    yield Interval.exactly(a.lo() / b.lo()).wrapped();
                }
                // Dividing by at least 1 in size never makes a number larger.
                yield b.lo() >= 1 || b.hi() <= -1 ? Interval.between(-a.magnitude(), a.magnitude()) : Interval.UNKNOWN;
            }
            case "^", ".^" -> a.exact() && b.exact() ? Interval.exactly(Math.pow(a.lo(), b.lo())) : Interval.UNKNOWN;
            default -> Interval.UNKNOWN;
        };
    }
}
