package quod.compute.runtime;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import quod.compute.language.ComputeError;
import quod.config.Limits;

/**
 * What one page's computations may use ({@code limits} in site.yml): time, until a deadline set when the page
 * starts, and matrix elements held at once. Read before every expression, loops included, so it is cheap
 * when the page is within its budget.
 */
final class PageBudget {
    private final Limits limits;
    private final LongSupplier clock;
    private final long deadline;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    PageBudget(Limits limits, LongSupplier clock) {
        this.limits = limits;
        this.clock = clock;
        this.deadline = clock.getAsLong() + limits.computeNanos();
    }

    /** @throws Interpreter.OutOfTime once the deadline has passed */
    void checkTime() {
        if (clock.getAsLong() - deadline > 0) {
            throw new Interpreter.OutOfTime();
        }
    }

    /**
     * Checks that the page's matrices plus {@code needs} more, for {@code key}, stay within the page's limit.
     * The message's text (naming what needs the room) is made only when it is shown.
     */
    void requireRoom(Workspace workspace, String key, double needs, int offset, Supplier<String> text) {
        double held = workspace.elementsHeld(key);
        if (held + needs > limits.pageElements()) {
            throw new ComputeError(MatrixSizes.pageMessage(text.get(), needs, held, limits), offset);
        }
    }

    /** The message when the page ran out of time while {@code doing} something. */
    String outOfTime(String doing) {
        return "computations of this page ran past their budget of " + limits.computeSecondsText()
                + " (limits.computeSeconds in site.yml) while " + doing;
    }
}
