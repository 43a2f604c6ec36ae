package quod.markdown;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * {@code {{ ... }}} in prose, closed on the same line; Flexmark's own inline parser finds it, so code
 * spans, math and escapes ({@code \{{}) win exactly as they do for everything else.
 */
final class InlineValueParser extends InlineSyntax {


    @Override
    public boolean parse(LightInlineParser p) {
        BasedSequence input = p.getInput();
        int start = p.getIndex();
        if (start + 1 >= input.length() || input.charAt(start + 1) != '{') {
            return false;
        }
        for (int i = start + 2; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if (c == '}' && input.charAt(i + 1) == '}') {
                p.flushTextNode();
                p.getBlock().appendChild(new InlineValue(input.subSequence(start, i + 2)));
                p.setIndex(i + 2);
                return true;
            }
        }
        return false;
    }

    static final class Factory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new InlineValueParser();
        }
    }
}
