package quod.math;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The KaTeX settings every formula of a build is rendered with, in one place: {@link #json()} is what the
 * JavaScript (the build's glue and the browser's, in client mode) hands KaTeX, and {@link #fingerprint()},
 * part of the formula cache key, is made from that same text and the glue, so no setting can change
 * without the cached formulas changing with it.
 *
 * @param katexVersion the KaTeX WebJar's version
 * @param macros       site macros, e.g. {@code \R -> \mathbb{R}}
 * @param trust        the commands of {@link #TRUSTABLE} that site.yml allows
 */
public record KatexOptions(String katexVersion, Map<String, String> macros, List<String> trust) {
    /** KaTeX's commands that make links, images or HTML attributes, which it renders only when trusted. */
    public static final List<String> TRUSTABLE = List.of("\\href", "\\url", "\\includegraphics", "\\htmlClass",
            "\\htmlId", "\\htmlStyle", "\\htmlData");
    /** Even a trusted command may only link or load these. */
    static final List<String> PROTOCOLS = List.of("http", "https", "mailto");
    /**
     * Largest size, in em, of anything sized by the author ({@code \rule}, {@code \kern}, {@code \hspace},
     * {@code \raisebox}, {@code \\[...]}, {@code \includegraphics}...): KaTeX caps larger ones to it. About
     * a page's width; without a cap {@code \rule{100000em}{1em}} makes the page a hundred metres wide.
     */
    static final int MAX_SIZE_EM = 50;
    /** Macro expansions per formula before KaTeX gives up ("Too many expansions"): KaTeX's own default. */
    static final int MAX_EXPAND = 1000;

    /**
     * Runs in V8 next to katex.min.js: {@code quodRender(tex, display, optionsJson)} returns
     * {@code {html, refused}} or {@code {error, position}}. It adds only what is not a setting: display
     * mode, throwing on errors (so they reach the build), and the trust function made from
     * {@code options.trust}, which also records each command it refuses so the build can warn about it.
     * KaTeX refuses a URL whose scheme it cannot read without asking that function; those refusals are found
     * in the parse tree, where KaTeX leaves the command's name in its error colour.
     */
    static final String GLUE = """
            function quodOptions(optionsJson, display, refused) {
              var options = JSON.parse(optionsJson);
              var allowed = options.trust;
              options.displayMode = display;
              options.throwOnError = true;
              options.trust = function (context) {
                var ok = allowed.commands.indexOf(context.command) >= 0
                    && (!('url' in context) || allowed.protocols.indexOf(context.protocol) >= 0);
                if (!ok) {
                  refused.push({command: context.command, url: 'url' in context ? String(context.url) : null});
                }
                return ok;
              };
              return options;
            }
            function quodUnsupported(node, errorColor, names, found) {
              if (Array.isArray(node)) {
                node.forEach(function (n) { quodUnsupported(n, errorColor, names, found); });
              } else if (node && typeof node === 'object') {
                if (node.type === 'color' && node.color === errorColor && node.body.length === 1
                    && node.body[0].type === 'text') {
                  var name = node.body[0].body.map(function (t) { return t.text; }).join('');
                  if (names.indexOf(name) >= 0) {
                    found.push(name);
                    return;
                  }
                }
                for (var key in node) {
                  if (key !== 'loc') {
                    quodUnsupported(node[key], errorColor, names, found);
                  }
                }
              }
            }
            function quodRender(tex, display, optionsJson) {
              var refused = [];
              var options = quodOptions(optionsJson, display, refused);
              try {
                var html = katex.renderToString(tex, options);
                if (html.indexOf(options.errorColor) >= 0) {
                  var found = [];
                  var again = quodOptions(optionsJson, display, []);
                  quodUnsupported(katex.__parse(tex, again), again.errorColor, JSON.parse(optionsJson).trust.all, found);
                  var asked = {};
                  refused.forEach(function (r) { asked[r.command] = (asked[r.command] || 0) + 1; });
                  found.forEach(function (c) {
                    if (asked[c] > 0) {
                      asked[c]--;
                    } else {
                      refused.push({command: c, url: null});
                    }
                  });
                }
                return {html: html, refused: refused};
              } catch (e) {
                if (e instanceof katex.ParseError) {
                  return {error: e.rawMessage || e.message, position: typeof e.position === 'number' ? e.position : -1};
                }
                return {error: String(e), position: -1};
              }
            }
            """;

    public KatexOptions {
        macros = Map.copyOf(macros);
        trust = List.copyOf(new TreeSet<>(trust));
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

    /**
     * KaTeX's settings as a JSON object, the same text on every build. {@code trust} is not KaTeX's own
     * form (a boolean or a function) but the data the glue makes that function from.
     */
    public String json() {
        return "{\"output\":\"htmlAndMathml\",\"strict\":\"ignore\",\"errorColor\":\"#cc0000\""
                + ",\"maxSize\":" + MAX_SIZE_EM + ",\"maxExpand\":" + MAX_EXPAND
                + ",\"macros\":" + macrosJson()
                + ",\"trust\":{\"commands\":" + array(trust) + ",\"protocols\":" + array(PROTOCOLS)
                + ",\"all\":" + array(TRUSTABLE) + "}}";
    }

    private static String array(List<String> items) {
        return "[" + String.join(",", items.stream().map(Json::quote).toList()) + "]";
    }

    /** Everything the rendered HTML depends on besides the TeX and the display mode. */
    public String fingerprint() {
        return "katex=" + katexVersion + ";options=" + json() + ";glue=" + GLUE;
    }
}
