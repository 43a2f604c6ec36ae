package quod.markdown;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @eq:name}, {@code @fig:name}, {@code @thm:name} (every prefix of {@link LabelKind}) and
 * {@code @slug#eq:name} in prose. A problem's label is matched without regard to case ({@code @problem:3B}
 * is problem 3(b)). As with Pandoc's citations, punctuation at the
 * end is not part of the label ("see @eq:foc." refers to {@code eq:foc}). An {@code @} right after a
 * letter, digit or {@code _ . + -} is part of a word such as an e-mail address, never a reference;
 * code spans and code blocks are never parsed for inlines, so an {@code @} in code stays code.
 */
final class LabelRefParser extends InlineSyntax {
    static final Pattern REF = Pattern.compile("(?:([A-Za-z0-9_][A-Za-z0-9_./-]*)#)?((?:" + LabelKind.PREFIXES + "):[A-Za-z0-9_.:-]*[A-Za-z0-9_])");


    @Override
    public boolean parse(LightInlineParser p) {
        BasedSequence input = p.getInput();
        int at = p.getIndex();
        if (at > 0 && partOfWord(input.charAt(at - 1))) {
            return false;
        }
        Matcher m = REF.matcher(input.subSequence(at + 1));
        if (!m.lookingAt()) {
            return false;
        }
        int end = at + 1 + m.end();
        p.flushTextNode();
        p.getBlock().appendChild(new LabelRef(input.subSequence(at, end), m.group(1),
                m.group(2).startsWith("problem:") ? m.group(2).toLowerCase(java.util.Locale.ROOT) : m.group(2)));
        p.setIndex(end);
        return true;
    }

    private static boolean partOfWord(char c) {
        return Character.isLetterOrDigit(c) || "_.+-".indexOf(c) >= 0;
    }

    static final class Factory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "@";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new LabelRefParser();
        }
    }
}
