package quod.math;

import java.util.Map;
import java.util.TreeMap;

/**
 * The KaTeX options every formula of a build is rendered with. Its {@link #fingerprint()} is part of the
 * formula cache key, so changing a macro re-renders what depends on it.
 */
public record KatexOptions(String katexVersion, Map<String, String> macros) {

    public KatexOptions {
        macros = Map.copyOf(macros);
    }

    /** The macros as a JSON object, keys sorted so the text is the same on every build. */
    public String macrosJson() {
        StringBuilder s = new StringBuilder("{");
        for (var e : new TreeMap<>(macros).entrySet()) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append(Json.quote(e.getKey())).append(':').append(Json.quote(e.getValue()));
        }
        return s.append('}').toString();
    }

    /** Everything the rendered HTML depends on besides the TeX and the display mode. */
    public String fingerprint() {
        return "katex=" + katexVersion + ";output=htmlAndMathml;strict=ignore;macros=" + macrosJson();
    }
}
