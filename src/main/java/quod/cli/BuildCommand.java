package quod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SiteInputs inputs = new SiteInputs();

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("site");

    @Option(names = "--base-url", paramLabel = "URL",
            description = "absolute URL the site is served from, for canonical links and the sitemap "
                    + "(default: baseUrl in site.yml)")
    String baseUrl;

    @Option(names = "--checks", description = "after the build, list every check with how close it came to failing "
            + "(its slack), and warn about checks that can hardly fail (errors under --strict)")
    boolean checks;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        BuildOptions options = inputs.options(out, baseUrl, checks);
        boolean hadSite = java.nio.file.Files.exists(out);
        BuildResult result = new SiteBuild(options).run();
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        if (result.status() == BuildResult.Status.REFUSED) {
            err.flush();
            return 2;
        }
        if (checks && !result.checks().isEmpty()) {
            result.checks().forEach(c -> outWriter.println(c.line()));
            outWriter.println(result.checksSummary());
            outWriter.flush();
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
        if (inputs.timings) {
            result.timings().forEach(outWriter::println);
        }
        outWriter.flush();
        err.flush();
        return 0;
    }
}
