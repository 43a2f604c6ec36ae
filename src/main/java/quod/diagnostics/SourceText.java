package quod.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one source file with the name it is reported under, able to turn a character offset
 * into a line and column and to hand back a line for a caret display. A line ends with LF, CRLF or a
 * lone CR, as in editors and in CommonMark; a lone CR is kept as LF, so that every stage that splits
 * the text into lines (Flexmark, YAML, compute blocks) counts the same lines. That keeps the length,
 * so offsets into the file's text stay valid.
 */
public final class SourceText {
    private static final Pattern LONE_CR = Pattern.compile("\r(?!\n)");

    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String name, String text) {
        this.name = name;
        this.text = text.indexOf('\r') < 0 ? text : LONE_CR.matcher(text).replaceAll("\n");
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (this.text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The path as printed in diagnostics, relative to the project, with forward slashes. */
    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line number of a character offset. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** The 1-based line's text without its line terminator; empty when out of range. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    /** Offset of the first character of a 1-based line. */
    public int offsetOfLine(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    public Diagnostic errorAt(int offset, String message) {
        int line = lineOf(offset);
        return Diagnostic.error(name, line, columnOf(offset), message, line(line));
    }

    /** A warning at an offset: printed, and an error only under {@code --strict}. */
    public Diagnostic warningAt(int offset, String message) {
        int line = lineOf(offset);
        return Diagnostic.warning(name, line, columnOf(offset), message, line(line));
    }

    public Diagnostic errorAt(int line, int column, String message) {
        return Diagnostic.error(name, line, column, message, line(line));
    }
}
