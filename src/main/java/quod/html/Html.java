package quod.html;

/**
 * Escaping for the HTML, SVG and XML that Quod writes itself: the one escaper of compute's values and plots,
 * of math shown as text and of the print page's rewritten attributes. It has a package of its own so that
 * every stage may use it without depending on another stage.
 */
public final class Html {
    private Html() {
    }

    /**
     * Escapes text for element content and for attribute values in either kind of quotes: {@code & < > " '}.
     * Nothing else, so that text which needs no escaping is left byte for byte as it was.
     */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
