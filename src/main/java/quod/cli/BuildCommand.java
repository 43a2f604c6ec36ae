package quod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quod.diagnostics.Diagnostic;
import quod.site.BuildOptions;
import quod.site.BuildResult;
import quod.site.SiteBuild;

/** {@code quod build}: content/ + templates/ (over the bundled theme) -> site/. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = QuodCommand.Version.class,
        description = "Builds the site. Exit status: 0 built, 1 the content has errors, 2 usage error "
                + "(including an output folder Quod will not replace), 70 internal error (a bug in Quod).")
class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
    Path source = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder; its files replace the "
            + "bundled theme's of the same name (default: templates, if that folder exists)")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("site");

    @Option(names = "--base-url", paramLabel = "URL",
            description = "absolute URL the site is served from, for canonical links and the sitemap "
                    + "(default: baseUrl in site.yml)")
    String baseUrl;

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

    @Option(names = "--timings", description = "after the summary, print how long each stage took "
            + "(load, parse, compute, render, templates, write)")
    boolean timings;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        BuildOptions options = new BuildOptions(source, templates != null ? templates : BuildOptions.defaultTemplates(),
                out, baseUrl, math.mode, noCache ? null : cache, strict);
        boolean hadSite = java.nio.file.Files.exists(out);
        BuildResult result = new SiteBuild(options).run();
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        if (result.status() == BuildResult.Status.REFUSED) {
            err.flush();
            return 2;
        }
        if (!result.succeeded()) {
            long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
            long warnings = result.diagnostics().size() - errors;
            err.printf("Build failed: %d error%s%s; %s%n", errors, errors == 1 ? "" : "s",
                    warnings > 0 ? ", " + warnings + " warning" + (warnings == 1 ? "" : "s") : "",
                    hadSite ? out.toString().replace('\\', '/') + "/ was left as it was" : "nothing was written");
            err.flush();
            return 1;
        }
        outWriter.println(result.summary(out.toString().replace('\\', '/')));
        if (timings) {
            result.timings().forEach(outWriter::println);
        }
        outWriter.flush();
        err.flush();
        return 0;
    }
}
