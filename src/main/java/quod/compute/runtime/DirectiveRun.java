package quod.compute.runtime;

import quod.compute.language.Directive;
import quod.compute.output.ComputeOutput;
import quod.compute.output.ComputedPage;
import quod.compute.output.ComputedValue;

import java.util.ArrayList;
import java.util.List;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * One run over a page's directives in document order, as the Markdown parser found them: a block runs
 * when it is reached and a value is evaluated with the scope at that point, so a page reads like a
 * notebook. Nothing here reads the Markdown text: the parser decided what is a directive.
 */
public final class DirectiveRun {
    private final Interpreter interpreter;
    private final InlineValues inline;

    /** @param clock nanoseconds, read for the page's time budget */
    public DirectiveRun(SourceText file, PageOptions options, List<Diagnostic> sink, java.util.function.LongSupplier clock) {
        this.interpreter = new Interpreter(file, options, sink, clock);
        this.inline = new InlineValues(interpreter);
    }

    public ComputedPage run(List<Directive> directives) {
        List<List<ComputeOutput>> blocks = new ArrayList<>();
        List<ComputedValue> values = new ArrayList<>();
        for (Directive d : directives) {
            if (d instanceof Directive.Block b) {
                blocks.add(block(b));
            } else if (d instanceof Directive.Value v) {
                values.add(inline.evaluate(v));
            }
        }
        return new ComputedPage(blocks, values, interpreter.checksPassed(), interpreter.checkReports());
    }

    private List<ComputeOutput> block(Directive.Block b) {
        boolean echo = false;
        for (String option : b.options()) {
            if (option.equals("echo=true")) {
                echo = true;
            } else if (!option.equals("echo=false")) {
                interpreter.report(b.fenceLine(), b.fenceText().indexOf(option),
                        "unknown option '" + option + "' of a " + b.kind() + " block (known: echo=true)");
            }
        }
        List<ComputeOutput> outputs = new ArrayList<>();
        if (echo) {
            outputs.add(new ComputeOutput.Source(String.join("\n", b.lines())));
        }
        int firstLine = b.fenceLine() + 1;
        interpreter.placeLines(firstLine, b.columns());
        try {
            if (b.kind().equals("compute")) {
                outputs.addAll(interpreter.runBlock(b.lines(), firstLine));
            } else {
                outputs.addAll(new PlotBlock(interpreter).run(b.lines(), firstLine));
            }
        } finally {
            interpreter.placeLines(firstLine, List.of());
        }
        return List.copyOf(outputs);
    }
}
