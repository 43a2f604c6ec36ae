package quod.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code {{ expr }}} values inside a formula's TeX. A backslash takes the next character with
 * it, so {@code \{{} stays TeX; a value closes on the same line.
 */
final class MathValues {
    /** A value at [start, end) of the TeX, braces included. */
    record Span(int start, int end) { }

    private MathValues() {
    }

    static List<Span> in(CharSequence tex) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i + 1 < tex.length()) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '{' && tex.charAt(i + 1) == '{') {
                int close = close(tex, i + 2);
                if (close < 0) {
                    i += 2;
                } else {
                    spans.add(new Span(i, close + 2));
                    i = close + 2;
                }
            } else {
                i++;
            }
        }
        return spans;
    }

    private static int close(CharSequence tex, int from) {
        for (int j = from; j + 1 < tex.length(); j++) {
            char c = tex.charAt(j);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '}' && tex.charAt(j + 1) == '}') {
                return j;
            }
        }
        return -1;
    }
}
