package quod.markdown;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quod.cite.Cite;

/**
 * Pandoc's citations: {@code [@key]}, {@code [@a; @b]}, {@code [see @key, p. 3]}, {@code [-@key]}, and
 * {@code @key} in the text. As for {@code @eq:name}: punctuation at the end of a key is not part of it, an
 * {@code @} right after a letter, digit or {@code _ . + -} is part of a word (an e-mail address), and code and
 * math are never parsed for inlines. A key with a prefix Quod gives its own references (every prefix of
 * {@link LabelKind}: {@code eq:}, {@code fig:}, {@code thm:}, {@code lem:}, ..., {@code problem:}) or followed by
 * {@code #} (a reference to another page's label) is never a citation. A bracket that is followed by {@code (}, {@code [} or {@code :} is a
 * link, whatever it holds.
 */
final class CitationParser extends InlineSyntax {
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_:.+/-]*[A-Za-z0-9_])?");
    /** Prefixes of Quod's own cross-references. */
    static final Set<String> RESERVED = java.util.Arrays.stream(LabelKind.values()).map(LabelKind::prefix)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** A locator's label as written (without its period) and the CSL locator term it stands for. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("p", "page"), Map.entry("pp", "page"), Map.entry("page", "page"), Map.entry("pages", "page"),
            Map.entry("ch", "chapter"), Map.entry("chap", "chapter"), Map.entry("chapter", "chapter"),
            Map.entry("chapters", "chapter"), Map.entry("sec", "section"), Map.entry("section", "section"),
            Map.entry("sections", "section"), Map.entry("§", "section"), Map.entry("§§", "section"),
            Map.entry("fig", "figure"), Map.entry("figure", "figure"), Map.entry("vol", "volume"),
            Map.entry("volume", "volume"), Map.entry("para", "paragraph"), Map.entry("paragraph", "paragraph"),
            Map.entry("l", "line"), Map.entry("line", "line"), Map.entry("lines", "line"), Map.entry("n", "note"),
            Map.entry("note", "note"), Map.entry("col", "column"), Map.entry("column", "column"),
            Map.entry("pt", "part"), Map.entry("part", "part"), Map.entry("bk", "book"), Map.entry("book", "book"));
    private static final String VALUE = "[0-9][0-9A-Za-z]*(?:\\s*[-\u2013]+\\s*[0-9A-Za-z]+)?";
    private static final Pattern LOCATOR = Pattern.compile(
            "(?:([A-Za-z§]+)\\.?\\s*)?(" + VALUE + "(?:\\s*,\\s*" + VALUE + ")*)(.*)", Pattern.DOTALL);
    /** A bracket's length past which it is not read as a citation: a citation is a line or two. */
    private static final int MAX_BRACKET = 2000;

    @Override
    public boolean parse(LightInlineParser p) {
        BasedSequence input = p.getInput();
        int at = p.getIndex();
        Citation found = input.charAt(at) == '@' ? narrative(input, at) : bracketed(input, at);
        if (found == null) {
            return false;
        }
        p.flushTextNode();
        p.getBlock().appendChild(found);
        p.setIndex(at + found.getChars().length());
        return true;
    }

    private static Citation narrative(BasedSequence input, int at) {
        if (at > 0 && partOfWord(input.charAt(at - 1))) {
            return null;
        }
        Matcher m = KEY.matcher(input.subSequence(at + 1));
        if (!m.lookingAt() || reserved(m.group()) || followedByHash(input, at + 1 + m.end())) {
            return null;
        }
        int end = at + 1 + m.end();
        Cite cite = new Cite(m.group(), "", "", "", "", false);
        return new Citation(input.subSequence(at, end), List.of(new Citation.Item(cite, offset(input, at + 1))), true);
    }

    private static Citation bracketed(BasedSequence input, int at) {
        int close = -1;
        for (int i = at + 1; i < input.length() && i - at < MAX_BRACKET; i++) {
            char c = input.charAt(i);
            if (c == '[' || c == '\\') {
                return null;
            }
            if (c == ']') {
                close = i;
                break;
            }
        }
        if (close < 0 || (close + 1 < input.length() && "([:".indexOf(input.charAt(close + 1)) >= 0)) {
            return null;
        }
        List<Citation.Item> items = new ArrayList<>();
        int start = at + 1;
        while (start <= close) {
            int end = start;
            while (end < close && input.charAt(end) != ';') {
                end++;
            }
            Citation.Item item = item(input, start, end);
            if (item == null) {
                return null;
            }
            items.add(item);
            start = end + 1;
        }
        return new Citation(input.subSequence(at, close + 1), items, false);
    }

    /** One work of a bracket, from {@code start} to {@code end} (a {@code ;} or the {@code ]}), or null if it has no key. */
    private static Citation.Item item(BasedSequence input, int start, int end) {
        String segment = input.subSequence(start, end).toString();
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) != '@') {
                continue;
            }
            boolean minus = i > 0 && segment.charAt(i - 1) == '-';
            int before = minus ? i - 1 : i;
            if (before > 0 && !Character.isWhitespace(segment.charAt(before - 1))) {
                continue;
            }
            Matcher m = KEY.matcher(segment.substring(i + 1));
            if (!m.lookingAt() || reserved(m.group()) || followedByHash(segment, i + 1 + m.end())) {
                return null;
            }
            String prefix = segment.substring(0, before).strip();
            // as in Pandoc, the suffix keeps the comma written before it: "[@a, and elsewhere]" is "(A 2019, and elsewhere)"
            String rest = segment.substring(i + 1 + m.end()).strip();
            String locator = "";
            String label = "";
            Matcher l = rest.startsWith(",") ? LOCATOR.matcher(rest.substring(1).strip()) : null;
            if (l != null && l.matches() && (l.group(1) == null || LABELS.containsKey(l.group(1).toLowerCase(java.util.Locale.ROOT)))
                    && (l.group(3).isEmpty() || l.group(3).startsWith(",") || Character.isWhitespace(l.group(3).charAt(0)))) {
                label = l.group(1) == null ? "" : LABELS.get(l.group(1).toLowerCase(java.util.Locale.ROOT));
                locator = l.group(2).strip();
                rest = l.group(3).strip();
            }
            Cite cite = new Cite(m.group(), prefix, locator, label, rest, minus);
            return new Citation.Item(cite, offset(input, start + i + 1));
        }
        return null;
    }

    /** The offset in the page's text of position {@code i} of the paragraph being parsed. */
    private static int offset(BasedSequence input, int i) {
        return input.subSequence(i).getStartOffset();
    }

    private static boolean reserved(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && RESERVED.contains(key.substring(0, colon));
    }

    private static boolean followedByHash(CharSequence s, int i) {
        return i < s.length() && s.charAt(i) == '#';
    }

    private static boolean partOfWord(char c) {
        return Character.isLetterOrDigit(c) || "_.+-".indexOf(c) >= 0;
    }

    static final class Factory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "[@";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new CitationParser();
        }
    }
}
