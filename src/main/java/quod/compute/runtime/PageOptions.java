package quod.compute.runtime;

import quod.config.Limits;
import quod.config.SiteConfig;

/**
 * Per-page settings of the directive engine, from the page's front matter and site.yml. How results
 * look (whether passed checks show) is the render stage's business, not the engine's.
 *
 * @param seed       seed of the page's random generator
 * @param precision  significant digits for numbers when no format is given
 * @param maxMatrix  rows and columns shown in full; larger matrices are elided with dots
 * @param limits     memory and time the page's computations may use
 */
public record PageOptions(long seed, int precision, int maxMatrix, Limits limits) {
    public static final long DEFAULT_SEED = 20251102L;

    public PageOptions(long seed, int precision) {
        this(seed, precision, SiteConfig.DEFAULT_MAX_MATRIX, Limits.DEFAULTS);
    }

    public static PageOptions defaults() {
        return new PageOptions(DEFAULT_SEED, SiteConfig.DEFAULT_PRECISION);
    }

    public PageOptions withLimits(Limits other) {
        return new PageOptions(seed, precision, maxMatrix, other);
    }
}
