package quod.compute.runtime;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quod.compute.language.Statement;
import quod.compute.output.CheckReport;
import quod.compute.output.ComputeOutput;

/**
 * The checks of one page that held: what each leaves on the page (one mark, or, inside a loop, one mark
 * when the loop ends saying how often it held) and how close each came to failing, for {@code --checks}.
 */
final class PassedChecks {
    private int count;
    /** Checks passed inside the loop being run, with how often: one mark each, not one per iteration. */
    private final Map<Statement.Check, Integer> inLoop = new LinkedHashMap<>();
    private final Map<Statement.Check, Comparisons.Outcome> lastInLoop = new HashMap<>();
    private final Map<Statement.Check, CheckReport> reports = new LinkedHashMap<>();
    private final Map<Statement.Check, Set<CheckReport.Flag>> traits = new HashMap<>();

    /**
     * Records a check that held.
     *
     * @param column      its comparison's 1-based column in the file
     * @param findTraits  what the check is regardless of its values; asked once per check
     * @param insideLoop  whether a loop is running: the mark waits for {@link #loopEnded}
     */
    void held(Statement.Check c, int column, Comparisons.Outcome o, java.util.function.Supplier<Set<CheckReport.Flag>> findTraits,
              boolean insideLoop, List<ComputeOutput> out) {
        count++;
        Set<CheckReport.Flag> found = traits.computeIfAbsent(c, k -> findTraits.get());
        reports.merge(c, new CheckReport(c.line(), column, c.label(), o.text(), o.summary(), o.slack().relative(),
                o.slack().orders(), 1, found), CheckReport::again);
        if (insideLoop) {
            inLoop.merge(c, 1, Integer::sum);
            lastInLoop.put(c, o);
        } else {
            out.add(Comparisons.passed(c.label(), o, 1));
        }
    }

    /** The outermost loop ended: one mark for each check that held in it. */
    void loopEnded(List<ComputeOutput> out) {
        inLoop.forEach((check, times) -> out.add(Comparisons.passed(check.label(), lastInLoop.get(check), times)));
        inLoop.clear();
        lastInLoop.clear();
    }

    int count() {
        return count;
    }

    /** Every check that held, in the order each first ran. */
    List<CheckReport> reports() {
        return List.copyOf(reports.values());
    }
}
