package quod.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.MathRenderer;

/**
 * What the node renderers need to know about the page being rendered; passed in the options of the
 * page's HTML renderer, so the parsed document is never written to.
 *
 * @param text         the Markdown as parsed, for positions
 * @param results      what the page's directives computed, found by node
 * @param math         renders formulas
 * @param diagnostics  where problems go
 * @param setup        the page's slug, how solutions start, and the site's equation numbers
 * @param hidden       what the edition leaves out of the page
 * @param citations    the page's citations, formatted
 */
record PageContext(SourceText text, PageResults results, MathRenderer math,
                   Diagnostics diagnostics, PageSetup setup, HiddenParts hidden, PageCitations citations) {
    static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("QUOD_PAGE_CONTEXT");
}
