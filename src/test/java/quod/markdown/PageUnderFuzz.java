package quod.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quod.FuzzChecks;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.ClientMathRenderer;
import quod.math.Formula;
import quod.math.MathRenderer;
import quod.math.MathStats;

/**
 * One page taken through the Markdown stage as a build does (parse, number equations, run directives, render) with
 * the client math renderer, which needs no V8, so a fuzzer can run it thousands of times a second.
 * Records every formula handed to the math renderer, to check where they say they come from.
 */
record PageUnderFuzz(SourceText source, String html, List<Formula> formulas, List<Diagnostic> diagnostics) {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    static PageUnderFuzz render(byte[] input) {
        SourceText source = new SourceText("content/fuzz.md", FuzzChecks.text(input));
        Diagnostics diagnostics = new Diagnostics();
        Recording math = new Recording();
        ParsedPage page = MARKDOWN.parse(source, diagnostics);
        LabelIndex equations = LabelIndex.collect(Map.of("fuzz", page), diagnostics);
        // directives run with the real compute stage, as in a build (its limits bound the work)
        RenderedPage rendered = MARKDOWN.render(page, Computed.of(page, diagnostics), math, diagnostics,
                new PageSetup("fuzz", true, equations));
        return new PageUnderFuzz(source, rendered.html(), math.formulas, diagnostics.sorted());
    }

    /** The client renderer, noting each formula it is given. */
    private static final class Recording implements MathRenderer {
        private final ClientMathRenderer client = new ClientMathRenderer();
        private final List<Formula> formulas = new ArrayList<>();

        @Override
        public String render(Formula formula, Diagnostics diagnostics) {
            formulas.add(formula);
            return client.render(formula, diagnostics);
        }

        @Override
        public MathStats stats() {
            return client.stats();
        }
    }
}
