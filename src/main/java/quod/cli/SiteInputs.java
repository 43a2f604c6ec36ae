package quod.cli;

import java.nio.file.Path;
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
            + "(load, parse, compute, render, templates, write)")
    boolean timings;

    /** The build these options ask for, writing into {@code out} (null: the caller's own folder). */
    BuildOptions options(Path out, String baseUrl, boolean auditChecks) {
        return new BuildOptions(source, templates != null ? templates : BuildOptions.defaultTemplates(),
                out, baseUrl, math.mode, noCache ? null : cache, strict, auditChecks);
    }
}
