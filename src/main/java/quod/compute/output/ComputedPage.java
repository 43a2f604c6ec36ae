package quod.compute.output;

import java.util.List;

/**
 * A page after its directives ran, in the order of the directives ({@code Directive}s) the parser
 * found: the outputs of each block, each {@code {{ }}} value (a value that failed keeps its source
 * text; the build fails on its error anyway), and how close each passed check came to failing.
 */
public record ComputedPage(List<List<ComputeOutput>> blocks, List<ComputedValue> values, int checksPassed,
                           List<CheckReport> checks) {
    public ComputedPage {
        blocks = blocks.stream().map(List::copyOf).toList();
        values = List.copyOf(values);
        checks = List.copyOf(checks);
    }
}
