package quod.compute.output;


import java.util.List;

/**
 * A page after its directives ran, in the order of the directives ({@code Directive}s) the parser found: the outputs of
 * each block, and each {@code {{ }}} value (a value that failed keeps its source text; the build fails
 * on its error anyway).
 */
public record ComputedPage(List<List<ComputeOutput>> blocks, List<ComputedValue> values, int checksPassed) {
    public ComputedPage {
        blocks = blocks.stream().map(List::copyOf).toList();
        values = List.copyOf(values);
    }
}
