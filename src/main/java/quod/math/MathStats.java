package quod.math;

/** Counts for the build's summary line. */
public record MathStats(int formulas, int fromCache) {
}
