package quod.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quod.diagnostics.Diagnostic;
import quod.site.ReleaseSchedule;

/** {@code quod releases}: what is scheduled to be released to students, and when next. */
@Command(name = "releases", mixinStandardHelpOptions = true, versionProvider = QuodCommand.Version.class,
        description = "Lists every solution, answer and hint with a release date (file:line, kind, date in the site's "
                + "timezone, released or scheduled) and the next release. Exit status: 0 listed (with --passed-within: "
                + "a release passed in that window), 1 the content has errors (with --passed-within: also when no "
                + "release passed in it), 2 usage error, 70 internal error (a bug in Quod).")
final class ReleasesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
    Path source = Path.of("content");

    @Option(names = "--now", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "the time to compare release dates with, in ISO-8601, e.g. 2026-12-05T17:00:00Z (default: the clock)")
    Instant now;

    @Option(names = "--passed-within", paramLabel = "DURATION", description = "exit 0 only if a release passed in the "
            + "last DURATION (ISO-8601, e.g. PT1H, PT90M, P1D), else 1: a scheduled workflow rebuilds only then")
    String passedWithin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration window = null;
        if (passedWithin != null) {
            try {
                window = Duration.parse(passedWithin.strip());
            } catch (DateTimeParseException e) {
                window = null;
            }
            if (window == null || window.isNegative() || window.isZero()) {
                err.println("quod releases: --passed-within '" + passedWithin + "' is not a positive ISO-8601 duration; "
                        + "write e.g. PT1H (an hour), PT90M or P1D");
                err.flush();
                return 2;
            }
        }
        if (!Files.isDirectory(source)) {
            err.println(source.toString().replace('\\', '/') + ": content folder not found");
            err.flush();
            return 1;
        }
        ReleaseSchedule schedule = ReleaseSchedule.read(source, now != null ? now : Instant.now());
        schedule.diagnostics().forEach(d -> err.println(d.format()));
        err.flush();
        if (schedule.hasErrors()) {
            long errors = schedule.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("Releases not listed: " + errors + " error" + (errors == 1 ? "" : "s"));
            err.flush();
            return 1;
        }
        schedule.entries().forEach(e -> out.println(schedule.line(e)));
        ReleaseSchedule.Entry next = schedule.next();
        out.println(schedule.entries().isEmpty() ? "No release dates."
                : next == null ? "No release after now." : "Next release: " + schedule.rules().shown(next.release())
                        + " (" + next.instant() + ")");
        int status = 0;
        if (window != null) {
            List<ReleaseSchedule.Entry> passed = schedule.passedWithin(window);
            out.println(passed.isEmpty() ? "No release passed within " + passedWithin.strip() + "."
                    : passed.size() + " release" + (passed.size() == 1 ? "" : "s") + " passed within " + passedWithin.strip() + ".");
            status = passed.isEmpty() ? 1 : 0;
        }
        out.flush();
        return status;
    }
}
