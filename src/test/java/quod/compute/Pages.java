package quod.compute;

import java.util.List;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/** Runs Markdown bodies through a fresh {@link ComputeStage} for tests. */
final class Pages {
    private Pages() {
    }

    record Result(ComputedPage page, List<Diagnostic> diagnostics) {
        List<String> headlines() {
            return diagnostics.stream().map(Diagnostic::headline).toList();
        }

        /** All outputs of the block whose fence is on {@code line}. */
        List<ComputeOutput> block(int line) {
            return page.blocks().get(line);
        }
    }

    static Result run(String body) {
        return run(body, PageOptions.defaults());
    }

    static Result run(String body, PageOptions options) {
        return run(body, options, System::nanoTime);
    }

    /** With a clock (nanoseconds) the test drives, for the time budget. */
    static Result run(String body, PageOptions options, java.util.function.LongSupplier clock) {
        Diagnostics diagnostics = new Diagnostics();
        ComputedPage page = new ComputeStage(null, ResultCache.ENGINE_VERSION, clock)
                .run(new SourceText("page.md", body), body, options, diagnostics);
        return new Result(page, diagnostics.sorted());
    }

    /** A page with one compute block holding {@code lines}; the block's fence is line 1. */
    static Result block(String... lines) {
        return run("```compute\n" + String.join("\n", lines) + "\n```\n");
    }

    /** The LaTeX of every display formula of the page's first block (fence on line 1). */
    static List<String> shown(Result r) {
        return r.block(1).stream().filter(o -> o instanceof ComputeOutput.DisplayMath)
                .map(o -> ((ComputeOutput.DisplayMath) o).latex()).toList();
    }

    /** The HTML outputs (check marks, plots) of the page's first block. */
    static List<String> html(Result r) {
        return r.block(1).stream().filter(o -> o instanceof ComputeOutput.Html)
                .map(o -> ((ComputeOutput.Html) o).html()).toList();
    }
}
