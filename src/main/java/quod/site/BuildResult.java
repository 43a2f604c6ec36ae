package quod.site;

import java.util.List;
import quod.compute.output.CheckReport;
import quod.diagnostics.Diagnostic;

/**
 * The outcome of a build: counts for the summary line, and every diagnostic.
 *
 * @param status        whether the site was written, and if not, whose mistake stopped it
 * @param engineStarted whether the JavaScript engine had to start (false when every formula was cached)
 * @param stages        each pipeline stage's time, in order (load, parse, compute, render, search, templates,
 *                      write); empty unless the site was built
 * @param searchEngineStarted whether V8 was started to build the search index (false when it was cached)
 */
public record BuildResult(Status status, int pages, int formulas, int formulasFromCache, int checksPassed,
                          long nanos, List<Diagnostic> diagnostics, boolean engineStarted, List<StageTimes.Stage> stages,
                          List<CheckEntry> checks, boolean searchEngineStarted) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        stages = List.copyOf(stages);
        checks = List.copyOf(checks);
    }

    /** A build that made no search index. */
    public BuildResult(Status status, int pages, int formulas, int formulasFromCache, int checksPassed, long nanos,
                       List<Diagnostic> diagnostics, boolean engineStarted, List<StageTimes.Stage> stages,
                       List<CheckEntry> checks) {
        this(status, pages, formulas, formulasFromCache, checksPassed, nanos, diagnostics, engineStarted, stages, checks,
                false);
    }

    /** A passed check of a page, for {@code --checks}: the page's file as messages name it, and the report. */
    public record CheckEntry(String file, CheckReport report) {
        /** {@code content/a.md:12:7: slack 0.6: abs(x - 40) < 2 (abs(x - 40) = 0.8 < 2)}, with flags when any. */
        public String line() {
            CheckReport r = report;
            StringBuilder s = new StringBuilder(file).append(':').append(r.line()).append(':').append(r.column())
                    .append(": slack ").append(String.format(java.util.Locale.ROOT, "%.2g", r.slack()));
            if (r.orders() >= 1) {
                s.append(String.format(java.util.Locale.ROOT, ", %.1f orders of magnitude", r.orders()));
            }
            if (r.times() > 1) {
                s.append(", ").append(r.times()).append(" runs");
            }
            s.append(": ");
            if (r.label() != null) {
                s.append('"').append(r.label()).append("\": ");
            }
            s.append(r.summary());
            for (CheckReport.Flag f : r.flags()) {
                s.append("\n    flagged: it ").append(f.reason());
            }
            return s.toString();
        }
    }

    /** The end of the {@code --checks} report: {@code 57 checks (61 runs), 5 flagged}. */
    public String checksSummary() {
        long flagged = checks.stream().filter(c -> !c.report().flags().isEmpty()).count();
        int runs = checks.stream().mapToInt(c -> c.report().times()).sum();
        return checks.size() + " check" + (checks.size() == 1 ? "" : "s")
                + (runs != checks.size() ? " (" + runs + " runs)" : "") + ", " + flagged + " flagged";
    }

    /**
     * Built; up to date (nothing changed since the last build, which is there: nothing written); the content has
     * errors (nothing written); or the command asked for something refused (nothing touched).
     */
    public enum Status { BUILT, UP_TO_DATE, FAILED, REFUSED }

    public boolean succeeded() {
        return status == Status.BUILT || status == Status.UP_TO_DATE;
    }

    /** {@code Built 9 pages, 412 formulas (380 from cache), 57 checks passed in 1.42 s -> site/}. */
    public String summary(String outName) {
        if (status == Status.UP_TO_DATE) {
            return String.format(java.util.Locale.ROOT, "Up to date: %d page%s, %d formula%s, %d check%s passed; nothing "
                    + "changed since the last build (checked in %.2f s) -> %s/", pages, pages == 1 ? "" : "s", formulas,
                    formulas == 1 ? "" : "s", checksPassed, checksPassed == 1 ? "" : "s", nanos / 1e9, outName);
        }
        return String.format(java.util.Locale.ROOT, "Built %d page%s, %d formula%s (%d from cache), %d check%s passed in %.2f s -> %s/",
                pages, pages == 1 ? "" : "s", formulas, formulas == 1 ? "" : "s", formulasFromCache,
                checksPassed, checksPassed == 1 ? "" : "s", nanos / 1e9, outName);
    }

    /** One line per stage, {@code   compute      41.3 ms}, for {@code --timings}. */
    public List<String> timings() {
        return stages.stream().map(StageTimes.Stage::line).toList();
    }
}
