package quod.site;

import java.nio.file.Path;
import java.time.Instant;
import quod.edition.Edition;

/**
 * What to build and how.
 *
 * @param source    the content folder
 * @param templates the site's templates folder, whose files replace the bundled theme's one by one; null for
 *                  the bundled theme alone
 * @param out       the output folder
 * @param baseUrl   overrides site.yml's baseUrl when not null
 * @param mathMode  SERVER renders formulas at build time; CLIENT leaves them to KaTeX in the browser
 * @param cacheDir  where rendered formulas and computations are cached, or null for no cache
 * @param strict    warnings fail the build
 * @param auditChecks report checks that can hardly fail as warnings ({@code --checks})
 * @param edition   the edition to build, or null for site.yml's {@code edition:} (staff when unset)
 * @param now       the instant release dates are compared with, or null for the clock when the build starts
 */
public record BuildOptions(Path source, Path templates, Path out, String baseUrl, MathMode mathMode, Path cacheDir,
                           boolean strict, boolean auditChecks, Edition edition, Instant now) {

    public BuildOptions(Path source, Path templates, Path out, String baseUrl, MathMode mathMode, Path cacheDir,
                        boolean strict, boolean auditChecks) {
        this(source, templates, out, baseUrl, mathMode, cacheDir, strict, auditChecks, null, null);
    }

    public BuildOptions(Path source, Path templates, Path out, String baseUrl, MathMode mathMode, Path cacheDir,
                        boolean strict) {
        this(source, templates, out, baseUrl, mathMode, cacheDir, strict, false);
    }

    /** The templates folder a build uses when none is named. */
    public static final Path DEFAULT_TEMPLATES = Path.of("templates");

    /**
     * The templates folder for a build whose user named none: {@code templates/} in the current folder
     * if there is one, else none (the bundled theme). A folder the user names must exist; this one need not.
     */
    public static Path defaultTemplates() {
        return java.nio.file.Files.isDirectory(DEFAULT_TEMPLATES) ? DEFAULT_TEMPLATES : null;
    }

    /** Where formulas are rendered. */
    public enum MathMode { SERVER, CLIENT }

    public BuildOptions withOut(Path folder) {
        return new BuildOptions(source, templates, folder, baseUrl, mathMode, cacheDir, strict, auditChecks, edition, now);
    }

    public BuildOptions withMathMode(MathMode mode) {
        return new BuildOptions(source, templates, out, baseUrl, mode, cacheDir, strict, auditChecks, edition, now);
    }

    /** For another edition and instant (null: site.yml's edition, the clock). */
    public BuildOptions withEdition(Edition which, Instant at) {
        return new BuildOptions(source, templates, out, baseUrl, mathMode, cacheDir, strict, auditChecks, which, at);
    }
}
