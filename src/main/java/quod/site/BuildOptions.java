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

    public static BuildOptions defaults(Path projectRoot) {
        return new BuildOptions(projectRoot.resolve("content"), projectRoot.resolve("templates"),
                projectRoot.resolve("site"), null, MathMode.SERVER, projectRoot.resolve(".quod-cache"), false);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(source, templates, newOut, baseUrl, mathMode, cacheDir, strict);
    }

    public BuildOptions withMathMode(MathMode mode) {
        return new BuildOptions(source, templates, out, baseUrl, mode, cacheDir, strict);
    }

    public BuildOptions withCacheDir(Path dir) {
        return new BuildOptions(source, templates, out, baseUrl, mathMode, dir, strict);
    }
}
