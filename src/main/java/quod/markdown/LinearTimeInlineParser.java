package quod.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flexmark's inline parser with its link label ({@code [...]}), link title ({@code "..."}, {@code '...'},
 * {@code (...)}) and {@code <destination>} matched in linear time. Flexmark matches them with regular
 * expressions whose alternatives overlap on a backslash ({@code \)} is an escape, or a backslash and then
 * a {@code )}), so Java's backtracking tries every split of a run of backslash escapes that is never
 * closed: 2^n of them, and a 40-byte line such as {@code [\)\)\)...} stops the build for minutes. Here the
 * same expressions are searched in the same order, remembering the positions from which no match
 * exists, so Flexmark's results stay exactly as they were.
 */
final class LinearTimeInlineParser extends InlineParserImpl {
    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";

    /** {@code ^\[(?:[^\\\[\]]|\\ESCAPABLE|\\){0,999}\]} */
    static final Shape LABEL = new Shape(999, ']', c -> c != '\\' && c != '[' && c != ']');
    /** {@code ^<(?:[^<> \t\n\\\x00]|\\ESCAPABLE|\\)*>} */
    static final Shape ANGLES = new Shape(Integer.MAX_VALUE, '>',
            c -> "<> \t\n\\\0".indexOf(c) < 0);

    LinearTimeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                           Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                           List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public int parseLinkLabel() {
        BasedSequence m = take(index < input.length() && input.charAt(index) == '[' ? LABEL.end(input, index) : -1);
        return m == null ? 0 : m.length();
    }

    /**
     * {@code ^(?:"(\\ESCAPABLE|[^"\x00])*"|'(\\ESCAPABLE|[^'\x00])*'|\((\\ESCAPABLE|[^)\x00])*\))}: here the
     * escape is tried before the plain character, which also takes a backslash.
     */
    @Override
    public BasedSequence parseLinkTitle() {
        if (index >= input.length()) {
            return null;
        }
        char open = input.charAt(index);
        char close = open == '(' ? ')' : open;
        if (open != '"' && open != '\'' && open != '(') {
            return null;
        }
        return take(title(close).end(input, index));
    }

    static Shape title(char close) {
        return new Shape(Integer.MAX_VALUE, close, c -> c != close && c != '\0', true);
    }

    @Override
    public BasedSequence parseLinkDestination() {
        if (index >= input.length() || input.charAt(index) != '<') {
            return super.parseLinkDestination(); // its <...> expression fails at the first character
        }
        BasedSequence angles = take(ANGLES.end(input, index));
        return angles != null ? angles : destinationWithoutAngles();
    }

    /** What Flexmark does after its {@code <...>} expression did not match, without trying that again. */
    private BasedSequence destinationWithoutAngles() {
        if (linkDestinationParser != null) {
            BasedSequence m = linkDestinationParser.parseLinkDestination(input, index);
            index += m.length();
            return m;
        }
        if (!options.linksAllowMatchedParentheses) {
            BasedSequence m = match(myParsing.LINK_DESTINATION);
            return m != null && options.spaceInLinkUrls ? m.trimEnd(CharPredicate.SPACE) : m;
        }
        BasedSequence m = match(myParsing.LINK_DESTINATION_MATCHED_PARENS);
        if (m == null) {
            return null;
        }
        // a ')' that closes no '(' ends the destination and is left for the link itself
        int open = 0;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c == '\\') {
                if (i + 1 < m.length() && ESCAPABLE.indexOf(m.charAt(i + 1)) >= 0) {
                    i++;
                }
            } else if (c == '(') {
                open++;
            } else if (c == ')') {
                if (open == 0) {
                    index -= m.length() - i;
                    m = m.subSequence(0, i);
                    break;
                }
                open--;
            }
        }
        return options.spaceInLinkUrls ? m.trimEnd(CharPredicate.SPACE) : m;
    }

    /** The input from the current index to {@code end} (-1: no match), moving the index past it. */
    private BasedSequence take(int end) {
        if (end < 0) {
            return null;
        }
        BasedSequence m = input.subSequence(index, end);
        index = end;
        return m;
    }

    /** A character a shape takes on its own. */
    interface Plain {
        boolean test(char c);
    }

    /**
     * An opening character, then at most {@code max} units, then {@code close}. A unit is, in this order
     * of preference: a plain character, a backslash and an escapable character, or a lone backslash
     * ({@code escapeFirst}: the escape, then a plain character, and no lone backslash).
     */
    record Shape(int max, char close, Plain plain, boolean escapeFirst) {
        Shape(int max, char close, Plain plain) {
            this(max, close, plain, false);
        }

        /** Where the unit {@code alternative} (0, 1, 2) starting at {@code at} ends, or -1. */
        private int unit(CharSequence s, int at, int alternative) {
            if (at >= s.length()) {
                return -1;
            }
            char c = s.charAt(at);
            boolean escape = c == '\\' && at + 1 < s.length() && ESCAPABLE.indexOf(s.charAt(at + 1)) >= 0;
            int kind = escapeFirst ? (alternative == 0 ? 1 : alternative == 1 ? 0 : -1) : alternative;
            return switch (kind) {
                case 0 -> plain.test(c) ? at + 1 : -1;
                case 1 -> escape ? at + 2 : -1;
                case 2 -> c == '\\' ? at + 1 : -1;
                default -> -1;
            };
        }

        /**
         * The end of the match starting with the opening character at {@code start}, or -1: the first one
         * that Java's backtracking would find (more units first, alternatives in order). A position from
         * which no match was found with some number of units left has none with fewer, so it is not
         * searched again; that makes the search linear in practice and at most quadratic.
         */
        int end(CharSequence s, int start) {
            // Without a backslash there is one way to read the text: up to the first character that is
            // not plain. That is nearly every call, so it is done without the search.
            int units = 0;
            for (int at = start + 1; at < s.length(); at++) {
                char c = s.charAt(at);
                if (c == '\\') {
                    return search(s, start);
                }
                if (!plain.test(c) || units == max) {
                    return c == close ? at + 1 : -1;
                }
                units++;
            }
            return -1;
        }

        private int search(CharSequence s, int start) {
            Map<Integer, Integer> failedWithUnits = new HashMap<>();
            Deque<int[]> stack = new ArrayDeque<>(); // {position, units so far, next alternative}
            stack.push(new int[] {start + 1, 0, 0});
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                if (top[2] < 3 && top[1] < max) {
                    int next = unit(s, top[0], top[2]++);
                    Integer failed = next < 0 ? null : failedWithUnits.get(next);
                    if (next >= 0 && (failed == null || top[1] + 1 < failed)) {
                        stack.push(new int[] {next, top[1] + 1, 0});
                    }
                    continue;
                }
                if (top[0] < s.length() && s.charAt(top[0]) == close) {
                    return top[0] + 1;
                }
                failedWithUnits.merge(top[0], top[1], Math::min);
                stack.pop();
            }
            return -1;
        }
    }
}
