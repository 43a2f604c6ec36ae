package quod.site;

import java.util.List;
import quod.diagnostics.Diagnostic;

/**
 * The outcome of a build: counts for the summary line, and every diagnostic.
 *
 * @param status        whether the site was written, and if not, whose mistake stopped it
 * @param engineStarted whether the JavaScript engine had to start (false when every formula was cached)
 * @param stages        each pipeline stage's time, in order (load, parse, compute, render, templates, write);
 *                      empty unless the site was built
 */
public record BuildResult(Status status, int pages, int formulas, int formulasFromCache, int checksPassed,
                          long nanos, List<Diagnostic> diagnostics, boolean engineStarted, List<StageTimes.Stage> stages) {

    /** Built; the content has errors (nothing written); or the command asked for something refused (nothing touched). */
    public enum Status { BUILT, FAILED, REFUSED }

    public boolean succeeded() {
        return status == Status.BUILT;
    }

    /** {@code Built 9 pages, 412 formulas (380 from cache), 57 checks passed in 1.42 s -> site/}. */
    public String summary(String outName) {
        return String.format(java.util.Locale.ROOT, "Built %d page%s, %d formula%s (%d from cache), %d check%s passed in %.2f s -> %s/",
                pages, pages == 1 ? "" : "s", formulas, formulas == 1 ? "" : "s", formulasFromCache,
                checksPassed, checksPassed == 1 ? "" : "s", nanos / 1e9, outName);
    }

    /** One line per stage, {@code   compute      41.3 ms}, for {@code --timings}. */
    public List<String> timings() {
        return stages.stream().map(StageTimes.Stage::line).toList();
    }
}
