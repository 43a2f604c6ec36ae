package quod.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * At most {@value #MAX_DEPTH} block quotes and list items inside each other. Flexmark parses and renders
 * nesting by recursion, and a thousand levels ({@code > > > ...} or {@code - - - ...} on one line) exhaust
 * the Java stack; no real page comes near the limit.
 *
 * <p>Checked twice. Before parsing, each line's run of container markers is counted, because a line such as
 * {@code - - - - ...} already overflows the parser; such lines are blanked (with spaces, so offsets and line
 * numbers stay) so the rest of the page can still be parsed and checked. After parsing, nesting built over
 * several lines (by indentation) is found in the tree and cut off there, before rendering recurses into it.
 * The first place per page is reported; a page with none is not changed.
 */
final class NestingLimit {
    static final int MAX_DEPTH = 64;
    static final String MESSAGE = "block quotes and lists nested more than " + MAX_DEPTH + " deep: "
            + "Quod renders at most " + MAX_DEPTH + " levels; flatten this part of the page";

    private NestingLimit() {
    }

    /** The text to parse: {@code text} with every line that opens too many containers blanked. */
    static SourceText blankTooDeepLines(SourceText text, List<Diagnostic> problems) {
        StringBuilder blanked = null;
        for (int line = 1; line <= text.lineCount(); line++) {
            String l = text.line(line);
            int column = columnPastLimit(l);
            if (column > 0) {
                if (blanked == null) {
                    blanked = new StringBuilder(text.text());
                    problems.add(text.errorAt(line, column, MESSAGE));
                }
                int start = text.offsetOfLine(line);
                for (int i = start; i < start + l.length(); i++) {
                    blanked.setCharAt(i, ' '); // a line of spaces is a blank line to Markdown
                }
            }
        }
        return blanked == null ? text : new SourceText(text.name(), blanked.toString());
    }

    /**
     * The 1-based column of the container marker that takes {@code line} past the limit, or 0. Counts the
     * {@code >} of block quotes and the {@code - + * 1. 1)} of list items at the start of the line; a
     * thematic break ({@code - - -}) ends the run. Inside a code block the same characters count too: a
     * code line that starts with 65 such markers is not worth a second Markdown parser.
     */
    static int columnPastLimit(String line) {
        int depth = 0;
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                return 0;
            }
            int marker = i;
            char c = line.charAt(i);
            if (c == '>') {
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && endsMarker(line, i + 1) && !isThematicBreak(line, i)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int digits = i;
                while (i < n && i - digits < 9 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                    i++;
                }
                if (i < n && (line.charAt(i) == '.' || line.charAt(i) == ')') && endsMarker(line, i + 1)) {
                    i++;
                } else {
                    return 0;
                }
            } else {
                return 0;
            }
            depth++;
            if (depth > MAX_DEPTH) {
                return marker + 1;
            }
        }
    }

    /** A list marker is followed by a space, a tab or the end of the line. */
    private static boolean endsMarker(String line, int i) {
        return i >= line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t';
    }

    /** Three or more of one of {@code - * _} from {@code from} to the end, with only spaces and tabs between. */
    private static boolean isThematicBreak(String line, int from) {
        char c = line.charAt(from);
        int count = 0;
        for (int i = from; i < line.length(); i++) {
            char x = line.charAt(i);
            if (x == c) {
                count++;
            } else if (x != ' ' && x != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    /**
     * Cuts every block quote or list item deeper than the limit out of {@code document} (without recursion),
     * reporting the first unless {@code alreadyReported}.
     */
    static void cutTooDeep(Document document, SourceText text, boolean alreadyReported, List<Diagnostic> problems) {
        record Level(Node node, int depth) { }
        Deque<Level> pending = new ArrayDeque<>();
        pending.push(new Level(document, 0));
        List<Node> cut = new ArrayList<>();
        while (!pending.isEmpty()) {
            Level level = pending.pop();
            for (Node child = level.node().getFirstChild(); child != null; child = child.getNext()) {
                int depth = level.depth() + (child instanceof BlockQuote || child instanceof ListItem ? 1 : 0);
                if (depth > MAX_DEPTH) {
                    cut.add(child);
                } else {
                    pending.push(new Level(child, depth));
                }
            }
        }
        if (cut.isEmpty()) {
            return;
        }
        if (!alreadyReported) {
            Node first = cut.stream().min((a, b) -> Integer.compare(a.getStartOffset(), b.getStartOffset())).get();
            problems.add(text.errorAt(first.getStartOffset(), MESSAGE));
        }
        cut.forEach(Node::unlink);
    }
}
