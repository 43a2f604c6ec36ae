package quod.config;

/**
 * How much a page's computations may use, from {@code limits:} in {@code site.yml}. They keep a
 * mistake such as {@code zeros(40000, 40000)} or a loop nested in a loop from exhausting memory or
 * hanging the build: each is reported at the statement instead.
 *
 * @param matrixElements the most elements one matrix may have
 * @param pageElements   the most matrix elements a page may hold at once: its variables plus the
 *                       intermediate results of the statement being run
 * @param computeSeconds the time all computations of one page may take
 */
public record Limits(int matrixElements, int pageElements, double computeSeconds) {
    /** The defaults: far above what a worked solution needs, far below what exhausts a JVM's default heap. */
    public static final Limits DEFAULTS = new Limits(2_000_000, 20_000_000, 10);

    public Limits {
        if (matrixElements < 1 || pageElements < 1 || !(computeSeconds > 0)) {
            throw new IllegalArgumentException("limits must be positive: " + matrixElements + ", " + pageElements
                    + ", " + computeSeconds);
        }
    }

    /** The budget in nanoseconds, for comparing with {@link System#nanoTime()}. */
    public long computeNanos() {
        return (long) (computeSeconds * 1e9);
    }

    /** The budget as written in messages: {@code 10 s}, {@code 0.2 s}. */
    public String computeSecondsText() {
        return java.math.BigDecimal.valueOf(computeSeconds).stripTrailingZeros().toPlainString() + " s";
    }
}
