package quod.site;

import java.nio.file.Path;

/**
 * What to build and how.
 *
 * @param source    the content folder
 * @param templates the templates folder
 * @param out       the output folder
 * @param baseUrl   overrides site.yml's baseUrl when not null
 * @param mathMode  SERVER renders formulas at build time; CLIENT leaves them to KaTeX in the browser
 * @param cacheDir  where rendered formulas and computations are cached, or null for no cache
 * @param strict    warnings fail the build
 */
public record BuildOptions(Path source, Path templates, Path out, String baseUrl, MathMode mathMode, Path cacheDir,
                           boolean strict) {

    /** Where formulas are rendered. */
    public enum MathMode { SERVER, CLIENT }

    public BuildOptions withMathMode(MathMode mode) {
        return new BuildOptions(source, templates, out, baseUrl, mode, cacheDir, strict);
    }
}
