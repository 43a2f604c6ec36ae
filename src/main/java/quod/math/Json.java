package quod.math;

/** The one JSON operation Quod needs: quoting a string. */
public final class Json {
    private Json() {
    }

    /** {@code s} as a JSON string, safe inside an HTML {@code <script>}: {@code <} is escaped. */
    public static String quote(String s) {
        return quote(s, true);
    }

    /**
     * {@code s} as a JSON (and JavaScript) string for a script file of its own, never inside a page's
     * {@code <script>}: {@code <} stays, which the search index's snippets, thousands of tags, are full of.
     */
    public static String quoteForScriptFile(String s) {
        return quote(s, false);
    }

    private static String quote(String s, boolean inPage) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append(inPage ? "\\u003c" : "<"); // safe inside an HTML <script>
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
