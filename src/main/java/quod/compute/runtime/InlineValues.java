package quod.compute.runtime;

import quod.compute.language.Directive;
import quod.compute.output.ComputedValue;
import quod.compute.output.Numbers;

/**
 * Evaluates {@code {{ expr }}} and {@code {{ expr | fmt }}} where the Markdown parser found them: in a
 * formula the result is TeX; in prose a plain number stays text and anything needing TeX (scientific
 * notation, a matrix) becomes a formula of its own.
 */
final class InlineValues {
    private final Interpreter interpreter;

    InlineValues(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** The value of one {@code {{ ... }}}; its source text when it failed (the error is reported). */
    ComputedValue evaluate(Directive.Value d) {
        String line = d.lineText();
        int lineNo = d.line();
        int open = d.open();
        int close = d.close();
        ComputedValue original = new ComputedValue(line.substring(open, close + 2), false);
        int bar = line.substring(open + 2, close).indexOf('|');
        bar = bar < 0 ? -1 : bar + open + 2;
        int exprEnd = bar >= 0 ? bar : close;
        int start = open + 2;
        while (start < exprEnd && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = exprEnd;
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        Numbers.Spec spec = null;
        if (exprEnd == bar) {
            String fmt = line.substring(bar + 1, close).trim();
            spec = Numbers.Spec.parse(fmt);
            if (spec == null) {
                interpreter.report(lineNo, bar + 1 + (line.substring(bar + 1, close).length()
                        - line.substring(bar + 1, close).stripLeading().length()),
                        "unknown format '" + fmt + "': use .3f, .2e, .4g or d");
                return original;
            }
        }
        if (start == end) {
            interpreter.report(lineNo, open, "expected an expression inside {{ }}");
            return original;
        }
        Value v = interpreter.inlineValue(lineNo, line, start, end);
        if (v == null) {
            return original;
        }
        return interpreter.numbers().inline(v, spec, d.inMath());
    }
}
