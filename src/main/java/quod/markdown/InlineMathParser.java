package quod.markdown;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Inline math. {@code $...$} follows Pandoc's rule so prices stay text: the opening {@code $} must be
 * followed by a non-space, the closing one preceded by a non-space and not followed by a digit; and a
 * {@code $} met on the way that looks like an opener (space before, non-space after) means the first
 * one was not math, so "from $3 to $4 and $x$" keeps both prices.
 * Also {@code $$...$$} (display style inside a paragraph) and {@code \(...\)}. A backslash inside math
 * escapes the next character, so {@code \$} does not close it. {@code \$} outside math is left to
 * CommonMark's escapes.
 */
final class InlineMathParser extends InlineSyntax {


    @Override
    public boolean parse(LightInlineParser p) {
        BasedSequence input = p.getInput();
        int start = p.getIndex();
        char c = input.charAt(start);
        if (c == '\\') {
            return start + 1 < input.length() && input.charAt(start + 1) == '(' && parseDelimited(p, start, "\\(", "\\)");
        }
        if (start > 0 && input.charAt(start - 1) == '\\') {
            return false;
        }
        if (start + 1 < input.length() && input.charAt(start + 1) == '$') {
            return parseDelimited(p, start, "$$", "$$");
        }
        return parseDollar(p, start);
    }

    private static boolean parseDollar(LightInlineParser p, int start) {
        BasedSequence input = p.getInput();
        int open = start + 1;
        if (open >= input.length() || Character.isWhitespace(input.charAt(open))) {
            return false;
        }
        for (int i = open; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                return false;
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(input.charAt(i - 1));
                boolean digitAfter = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
                if (!spaceBefore && !digitAfter && i > open) {
                    return emit(p, start, open, i, i + 1, false);
                }
                boolean looksLikeOpener = i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1));
                if (spaceBefore && looksLikeOpener) {
                    // "$3 to $4": the first dollar was a price; let the next one try to open math
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean parseDelimited(LightInlineParser p, int start, String opener, String closer) {
        BasedSequence input = p.getInput();
        int open = start + opener.length();
        for (int i = open; i + closer.length() <= input.length(); i++) {
            if (input.charAt(i) == '\\' && !closer.startsWith("\\")) {
                i++;
                continue;
            }
            if (input.subSequence(i, i + closer.length()).matchChars(closer) && i > open) {
                return emit(p, start, open, i, i + closer.length(), opener.equals("$$"));
            }
        }
        return false;
    }

    private static boolean emit(LightInlineParser p, int start, int texStart, int texEnd, int end, boolean display) {
        BasedSequence input = p.getInput();
        p.flushTextNode();
        p.getBlock().appendChild(new InlineMath(input.subSequence(start, end), input.subSequence(texStart, texEnd), display));
        p.setIndex(end);
        return true;
    }

    static final class Factory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "$\\";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new InlineMathParser();
        }
    }
}
