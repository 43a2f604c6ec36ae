package quod.compute;

/**
 * Per-page settings of the directive engine, from the page's front matter and site.yml.
 *
 * @param seed       seed of the page's random generator
 * @param showChecks whether passed checks leave a visible "verified" mark
 * @param precision  significant digits for numbers when no format is given
 */
public record PageOptions(long seed, boolean showChecks, int precision) {
    public static final long DEFAULT_SEED = 20251102L;

    public static PageOptions defaults() {
        return new PageOptions(DEFAULT_SEED, true, 4);
    }
}
