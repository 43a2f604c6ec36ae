package quod.compute;

/**
 * Substitutes {@code {{ expr }}} and {@code {{ expr | fmt }}} in the prose of a page, tracking
 * whether each one sits inside math ({@code $..$}, {@code $$..$$}, {@code \(..\)}, {@code \[..\]},
 * display math may span lines) to choose between LaTeX and plain text. Inline code spans are left
 * alone, and {@code \{{} stays as written (Markdown then shows it as {@code {{}).
 */
final class InlineValues {
    private final Interpreter interpreter;
    private boolean displayDollars;
    private boolean displayBracket;
    private boolean inlineDollar;
    private boolean inlineParen;

    InlineValues(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Returns {@code line} (1-based {@code lineNo}) with its inline values substituted. */
    String substitute(String line, int lineNo) {
        if (line.isBlank()) {
            // A paragraph break ends an unclosed inline $, as it ends the paragraph.
            inlineDollar = false;
            inlineParen = false;
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        // The next "}}" at or after the cursor, found once and reused, so that a line full of "{{"
        // is read in one pass rather than searched to its end from every "{{".
        int nextClose = line.indexOf("}}");
        int i = 0;
        while (i < line.length()) {
            if (nextClose >= 0 && nextClose < i + 2) {
                nextClose = line.indexOf("}}", i + 2);
            }
            char c = line.charAt(i);
            if (c == '`') {
                int run = runLength(line, i, '`');
                int close = closingRun(line, i + run, run);
                int next = close < 0 ? i + run : close + run;
                out.append(line, i, next);
                i = next;
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(i + 1);
                if (!inMath()) {
                    inlineParen |= n == '(';
                    displayBracket |= n == '[';
                } else {
                    inlineParen &= n != ')';
                    displayBracket &= n != ']';
                }
                int skip = line.startsWith("{{", i + 1) ? 3 : 2;
                out.append(line, i, i + skip);
                i += skip;
            } else if (c == '$') {
                if (line.startsWith("$$", i)) {
                    displayDollars = !displayDollars;
                    out.append("$$");
                    i += 2;
                } else {
                    inlineDollar = !inlineDollar;
                    out.append('$');
                    i++;
                }
            } else if (line.startsWith("{{", i) && nextClose >= 0) {
                int close = nextClose;
                out.append(value(line, lineNo, i, close));
                i = close + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private boolean inMath() {
        return displayDollars || displayBracket || inlineDollar || inlineParen;
    }

    /** The replacement of {@code {{ ... }}} spanning [open, close+2); the original text when it failed. */
    private String value(String line, int lineNo, int open, int close) {
        String original = line.substring(open, close + 2);
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
        NumberFormat.Spec spec = null;
        if (exprEnd == bar) {
            String fmt = line.substring(bar + 1, close).trim();
            spec = NumberFormat.Spec.parse(fmt);
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
        return v == null ? original : interpreter.numbers().inline(v, spec, inMath());
    }

    private static int runLength(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    /** Start of the next run of exactly {@code length} backticks at or after {@code from}, or -1. */
    private static int closingRun(String s, int from, int length) {
        int i = s.indexOf('`', from);
        while (i >= 0) {
            int run = runLength(s, i, '`');
            if (run == length) {
                return i;
            }
            i = s.indexOf('`', i + run);
        }
        return -1;
    }
}
