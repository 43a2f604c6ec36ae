package quod.search;

/**
 * A string as a JavaScript (and JSON) literal. Unlike {@link quod.math.Json#quote} it leaves {@code <} as it is:
 * the index is a script file of its own, never inside a page's {@code <script>}, and its snippets hold
 * thousands of tags.
 */
final class JsString {
    private JsString() {
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
