package quod.diagnostics;

import java.util.Comparator;

/**
 * The one error type of Quod: a message a person can act on, at a position in a source file.
 * Lines and columns are 1-based; 0 means "the whole file" (no line) or "the whole line" (no column).
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String sourceLine) {

    /** Errors fail the build; warnings are printed and only fail it under {@code --strict}. */
    public enum Severity { ERROR, WARNING }

    /** Orders diagnostics by file, then position, so output does not depend on build order. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, int column, String message, String sourceLine) {
        return new Diagnostic(Severity.ERROR, file, line, column, message, sourceLine);
    }

    public static Diagnostic warning(String file, int line, int column, String message, String sourceLine) {
        return new Diagnostic(Severity.WARNING, file, line, column, message, sourceLine);
    }

    /** An error about a whole file, or about the build itself when {@code file} names a folder. */
    public static Diagnostic error(String file, String message) {
        return error(file, 0, 0, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: message}, the first line of the printed form. */
    public String headline() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (severity == Severity.WARNING) {
            s.append("warning: ");
        }
        return s.append(message).toString();
    }

    /** The compiler-style form: headline, then the source line with a caret under the column. */
    public String format() {
        if (sourceLine == null || line <= 0) {
            return headline();
        }
        String shown = sourceLine.replace('\t', ' ');
        StringBuilder s = new StringBuilder(headline()).append('\n');
        s.append("    ").append(shown);
        if (column > 0) {
            // the caret goes under the column's character as a terminal draws the line, wide and combining
            // characters included, not under the column-th cell
            String before = shown.substring(0, Math.min(column - 1, shown.length()));
            s.append('\n').append("    ").append(" ".repeat(DisplayWidth.of(before))).append('^');
        }
        return s.toString();
    }
}
