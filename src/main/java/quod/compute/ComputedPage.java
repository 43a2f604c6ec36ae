package quod.compute;

import java.util.List;
import java.util.Map;

/**
 * A page after its directives ran: the Markdown body with inline values substituted (same lines as
 * the source, so positions still match), and the outputs of each block keyed by the 1-based line of
 * the block's opening fence.
 */
public record ComputedPage(String markdown, Map<Integer, List<ComputeOutput>> blocks, int checksPassed) {
    public ComputedPage {
        blocks = Map.copyOf(blocks);
    }
}
