package quod.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute block of a fenced div in Pandoc's syntax, {@code {#id .class key=value key="two words"}},
 * written last on the opening line ({@code ::: solution Part (b) {release=2026-12-05}}). Each part keeps its
 * offset in the source file, so a stage that gives one a meaning reports a bad one where it was written.
 *
 * @param id      the {@code #id}, or null
 * @param classes the {@code .class}es in order
 * @param values  the {@code key=value} pairs in order
 */
public record DivAttributes(Part id, List<Part> classes, Map<String, Part> values) {
    /** A div written without an attribute block. */
    public static final DivAttributes NONE = new DivAttributes(null, List.of(), Map.of());

    /** One id, class, key or value as written, and the source offset of its first character. */
    public record Part(String text, int offset) { }

    /** A block that does not parse: why, and where. */
    public record Malformed(String message, int offset) { }

    /** What a block comes to: its attributes, or (attributes NONE) why it does not parse. */
    record Parsed(DivAttributes attributes, Malformed malformed) {
        static Parsed of(Malformed m) {
            return new Parsed(NONE, m);
        }
    }

    public DivAttributes {
        classes = List.copyOf(classes);
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean hasClass(String name) {
        return classes.stream().anyMatch(c -> c.text().equals(name));
    }

    /** The value of {@code key}, or null. */
    public Part value(String key) {
        return values.get(key);
    }

    /** The attribute block at the end of a div's title: {@code {...}} after a space, or the whole title; else -1. */
    static int blockStart(BasedSequence title) {
        if (!title.endsWith("}")) {
            return -1;
        }
        for (int i = title.length() - 2; i >= 0; i--) {
            if (title.charAt(i) == '{' && (i == 0 || Character.isWhitespace(title.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** Reads {@code block}, braces included; a mistake gives {@link Malformed}. */
    static Parsed parse(BasedSequence block) {
        BasedSequence inner = block.subSequence(1, block.length() - 1);
        Part id = null;
        List<Part> classes = new ArrayList<>();
        Map<String, Part> values = new LinkedHashMap<>();
        int i = 0;
        while (i < inner.length()) {
            char c = inner.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            int at = inner.getStartOffset() + i;
            if (c == '#' || c == '.') {
                i = wordEnd(inner, i + 1);
                if (i == start + 1) {
                    return Parsed.of(new Malformed("'" + c + "' needs a name after it, as in " + (c == '#' ? "{#name}" : "{.staff}"), at));
                }
                Part part = new Part(inner.subSequence(start + 1, i).toString(), at + 1);
                if (c == '.') {
                    classes.add(part);
                } else if (id != null) {
                    return Parsed.of(new Malformed("a div has one id; '#" + id.text() + "' is already given", at));
                } else {
                    id = part;
                }
                continue;
            }
            i = keyEnd(inner, i);
            if (i == start || i >= inner.length() || inner.charAt(i) != '=') {
                return Parsed.of(new Malformed("unexpected '" + inner.subSequence(start, wordEnd(inner, start + 1))
                        + "' in attributes: write {#id .class key=value}", at));
            }
            String key = inner.subSequence(start, i).toString();
            i++;
            int valueStart = i;
            int valueEnd;
            if (i < inner.length() && inner.charAt(i) == '"') {
                int close = inner.indexOf('"', i + 1);
                if (close < 0) {
                    return Parsed.of(new Malformed("the value of '" + key + "' has no closing '\"'", inner.getStartOffset() + i));
                }
                valueStart = i + 1;
                valueEnd = close;
                i = close + 1;
            } else {
                i = wordEnd(inner, i);
                valueEnd = i;
            }
            if (values.containsKey(key)) {
                return Parsed.of(new Malformed("'" + key + "' is given twice; keep one", at));
            }
            values.put(key, new Part(inner.subSequence(valueStart, valueEnd).toString(), inner.getStartOffset() + valueStart));
        }
        return new Parsed(new DivAttributes(id, classes, values), null);
    }

    private static int wordEnd(BasedSequence s, int from) {
        int i = from;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '{' && s.charAt(i) != '}') {
            i++;
        }
        return i;
    }

    private static int keyEnd(BasedSequence s, int from) {
        int i = from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }
}
