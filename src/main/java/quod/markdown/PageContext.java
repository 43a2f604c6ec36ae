package quod.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.List;
import java.util.Map;
import quod.compute.ComputeOutput;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.MathRenderer;

/**
 * What the node renderers need to know about the page being rendered; stored on the Flexmark
 * document so one parser and renderer serve the whole build.
 *
 * @param text         the Markdown as parsed (after inline values were substituted), for positions
 * @param computed     outputs of the page's directive blocks, by 1-based line of the opening fence
 * @param math         renders formulas
 * @param diagnostics  where problems go
 * @param setup        the page's slug, how solutions start, and the site's equation numbers
 */
record PageContext(SourceText text, Map<Integer, List<ComputeOutput>> computed, MathRenderer math,
                   Diagnostics diagnostics, PageSetup setup) {
    static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("QUOD_PAGE_CONTEXT");
}
