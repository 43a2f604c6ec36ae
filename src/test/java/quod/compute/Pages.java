package quod.compute;

import quod.compute.language.Directive;
import quod.compute.output.ComputeOutput;
import quod.compute.output.ComputedPage;
import quod.compute.output.ComputedValue;
import quod.compute.runtime.PageOptions;

import java.util.List;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.markdown.MarkdownRenderer;
import quod.markdown.PageDirectives;

/** Parses Markdown bodies and runs their directives through a fresh {@link ComputeStage}, for tests. */
final class Pages {
    private Pages() {
    }

    record Result(String body, PageDirectives directives, ComputedPage page, List<Diagnostic> diagnostics) {
        List<String> headlines() {
            return diagnostics.stream().map(Diagnostic::headline).toList();
        }

        /** All outputs of the block whose fence is on {@code line}, or null when there is none. */
        List<ComputeOutput> block(int line) {
            List<Directive.Block> blocks = directives.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).fenceLine() == line) {
                    return page.blocks().get(i);
                }
            }
            return null;
        }

        /** The fence lines of the directive blocks, in document order. */
        List<Integer> blockLines() {
            return directives.blocks().stream().map(Directive.Block::fenceLine).toList();
        }

        /**
         * The body with each value written where it stood, as a reader would read it: text as text, TeX in
         * prose as {@code $...$}. Only for tests: the renderer places values by node, never by text.
         */
        String substituted() {
            String[] lines = body.split("\n", -1);
            List<Directive.Value> values = directives.values();
            for (int i = values.size() - 1; i >= 0; i--) {
                Directive.Value v = values.get(i);
                ComputedValue c = page.values().get(i);
                String text = c.math() && !v.inMath() ? "$" + c.text() + "$" : c.text();
                String line = lines[v.line() - 1];
                lines[v.line() - 1] = line.substring(0, v.open()) + text + line.substring(v.close() + 2);
            }
            return String.join("\n", lines);
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
        SourceText text = new SourceText("page.md", body);
        PageDirectives directives = new MarkdownRenderer().parse(text, diagnostics).directives();
        ComputedPage page = new ComputeStage(null, ResultCache.ENGINE_VERSION, clock)
                .run(text, directives.all(), options, diagnostics);
        return new Result(body, directives, page, diagnostics.sorted());
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

    /** The checks that passed in the page's first block. */
    static List<ComputeOutput.CheckPassed> checks(Result r) {
        return r.block(1).stream().filter(o -> o instanceof ComputeOutput.CheckPassed)
                .map(o -> (ComputeOutput.CheckPassed) o).toList();
    }
}
