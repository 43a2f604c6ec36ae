package quod.markdown;

import quod.compute.ComputeStage;
import quod.compute.output.ComputedPage;
import quod.compute.runtime.PageOptions;
import quod.diagnostics.Diagnostics;

/** Runs a parsed page's directives with the real compute stage, as the build does, for rendering tests. */
final class Computed {
    private Computed() {
    }

    static ComputedPage of(ParsedPage page, Diagnostics diagnostics) {
        return new ComputeStage(null).run(page.text(), page.directives().all(), PageOptions.defaults(), diagnostics);
    }
}
