package quod.cli;

import java.nio.file.Path;
import java.time.Instant;
import quod.edition.Edition;
import picocli.CommandLine.Option;
import quod.site.BuildOptions;

/** The options every command that builds a site shares ({@code build}, {@code pdf}, {@code serve}), as a picocli mixin. */
final class SiteInputs {

    @Option(names = "--source", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
    Path source = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder; its files replace the "
            + "bundled theme's of the same name (default: templates, if that folder exists)")
    Path templates;

    /**
     * The values of --math exactly as typed; lower case because picocli matches and lists enum constants
     * by name, so its message for a bad value names what the user can type.
     */
    enum Math {
        server(BuildOptions.MathMode.SERVER), client(BuildOptions.MathMode.CLIENT);

        final BuildOptions.MathMode mode;

        Math(BuildOptions.MathMode mode) {
            this.mode = mode;
        }
    }

    @Option(names = "--math", paramLabel = "MODE", description = "server: render formulas at build time (default); "
            + "client: render them in the browser with KaTeX's JavaScript")
    Math math = Math.server;

    @Option(names = "--cache", paramLabel = "DIR", description = "cache folder (default: ${DEFAULT-VALUE})")
    Path cache = Path.of(".quod-cache");

    @Option(names = "--no-cache", description = "render everything anew and keep no cache")
    boolean noCache;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--timings", description = "after each build's summary, print how long each stage took "
            + "(load, parse, compute, render, search, templates, write)")
    boolean timings;

    /** The values of --edition as typed; lower case, so picocli's message for a bad value names what to type. */
    enum EditionWord {
        student(Edition.STUDENT), staff(Edition.STAFF);

        final Edition edition;

        EditionWord(Edition edition) {
            this.edition = edition;
        }
    }

    @Option(names = "--edition", paramLabel = "WHICH", description = "student: leave out solutions, answers and hints "
            + "not released yet and parts marked {.staff}; staff: show everything, marked (default: edition in site.yml, "
            + "else staff)")
    EditionWord edition;

    @Option(names = "--now", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "the time release dates are compared with, in ISO-8601, e.g. 2026-12-05T17:00:00Z "
                    + "(default: the clock when the build starts)")
    Instant now;

    /** The build these options ask for, writing into {@code out} (null: the caller's own folder). */
    BuildOptions options(Path out, String baseUrl, boolean auditChecks) {
        return new BuildOptions(source, templates != null ? templates : BuildOptions.defaultTemplates(),
                out, baseUrl, math.mode, noCache ? null : cache, strict, auditChecks,
                edition == null ? null : edition.edition, now);
    }
}
