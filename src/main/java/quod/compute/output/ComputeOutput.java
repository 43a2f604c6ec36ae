package quod.compute.output;

import java.util.List;

/**
 * One thing a computation block leaves on the page, in the order the block produced it. These are
 * data; the render stage decides how each looks (see {@code quod.markdown.ComputedHtml}).
 */
public sealed interface ComputeOutput {

    /** A display formula (LaTeX, no delimiters), rendered by the math stage like any other. */
    record DisplayMath(String latex) implements ComputeOutput { }

    /**
     * A check that held, {@code times} times (more than once inside a loop; the values are then the
     * last iteration's).
     *
     * @param label   the claim in words, as the author wrote it in {@code check "label": ...}; null when none
     * @param text    the comparison as written, e.g. {@code normF(G) < 1e-10}
     * @param summary the claim with its computed values, e.g. {@code normF(G) = 3.1e-12 < 1e-10}
     * @param detail  the computed values alone, e.g. {@code normF(G) = 3.1e-12}
     */
    record CheckPassed(String label, String text, String summary, String detail, int times) implements ComputeOutput { }

    /**
     * A line plot of one or more series over a common x. Labels may be null; {@code x} is null for
     * the index 0..n-1. Every series has as many values as {@code x}; all values are finite, and
     * positive on a log scale.
     */
    record Plot(String title, String xLabel, String yLabel, boolean logY, List<Double> x, List<Series> series,
                boolean legend) implements ComputeOutput {
        public Plot {
            x = x == null ? null : List.copyOf(x);
            series = List.copyOf(series);
        }

        /** How many points each series has. */
        public int points() {
            return series.get(0).y().size();
        }
    }

    /** One named series of a {@link Plot}. */
    record Series(String name, List<Double> y) {
        public Series {
            y = List.copyOf(y);
        }
    }

    /** The block's own source, shown as a code block when the block asks for {@code echo=true}. */
    record Source(String code) implements ComputeOutput { }
}
