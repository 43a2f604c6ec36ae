package quod.search;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.values.reference.V8ValueGlobalObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import quod.math.EngineUnavailable;
import quod.math.V8Runtimes;

/**
 * lunr.js, from its WebJar, running in V8 through Javet: it builds the search index, so that the index is
 * tokenised and stemmed by the very code the reader's browser queries it with (the same file is copied into
 * the site). One engine builds one index; starting it costs a few tens of milliseconds once V8's library is
 * loaded, which KaTeX's engine has usually done already.
 */
final class LunrEngine implements AutoCloseable {
    /** The WebJar's version; part of the cache's key, and the name of the script the site loads. */
    static final String VERSION = "2.3.9";
    static final String SCRIPT = "/META-INF/resources/webjars/lunr/" + VERSION + "/lunr.min.js";
    static final String LICENSE = "/META-INF/resources/webjars/lunr/" + VERSION + "/LICENSE";

    /**
     * Builds the index from a JSON array of {@code {"h": heading, "t": text}}; a document's ref is its position.
     * Positions are not kept (no metadata): results show a fixed snippet, and the index stays small.
     */
    private static final String GLUE = """
            function quodBuildIndex(docsJson, separator) {
              lunr.tokenizer.separator = new RegExp(separator);
              var docs = JSON.parse(docsJson);
              var index = lunr(function () {
                this.ref("r");
                this.field("h", {boost: 5});
                this.field("t");
                this.metadataWhitelist = [];
                for (var i = 0; i < docs.length; i++) {
                  this.add({r: String(i), h: docs[i].h, t: docs[i].t});
                }
              });
              return JSON.stringify(index);
            }
            """;

    private final V8Runtime runtime;
    private final V8ValueGlobalObject global;

    private LunrEngine(V8Runtime runtime) throws JavetException {
        this.runtime = runtime;
        this.global = runtime.getGlobalObject();
    }

    /**
     * Starts V8 and loads lunr; throws {@link EngineUnavailable} when V8 cannot run here. V8's native library is
     * loaded from {@code nativeFolder} when not null, as for KaTeX.
     */
    static LunrEngine start(Path nativeFolder) {
        String script = lunrScript();
        V8Runtime runtime = V8Runtimes.start(nativeFolder);
        try {
            // lunr's UMD wrapper sets lunr on its `this`, which is undefined in a script Javet runs; as a CommonJS
            // module it hands lunr to module.exports instead
            runtime.getExecutor("globalThis.lunr = (function () { var module = {exports: {}}, exports = module.exports;\n"
                    + script + "\nreturn module.exports; })();").setResourceName("lunr.min.js").executeVoid();
            runtime.getExecutor(GLUE).setResourceName("quod-lunr-glue.js").executeVoid();
            return new LunrEngine(runtime);
        } catch (JavetException e) {
            V8Runtimes.close(runtime, null);
            throw new IllegalStateException("lunr failed to load in V8", e);
        }
    }

    /** The serialised lunr index of the documents, tokenised with {@code separator} (a JavaScript pattern). */
    String index(String docsJson, String separator) {
        try {
            return global.invokeString("quodBuildIndex", docsJson, separator);
        } catch (JavetException e) {
            throw new IllegalStateException("V8 failed while building the search index", e);
        }
    }

    /** A file of lunr's WebJar, as it ships it. */
    static byte[] resource(String path) {
        try (InputStream in = LunrEngine.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lunr WebJar not on the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static String lunrScript() {
        return new String(resource(SCRIPT), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        V8Runtimes.close(runtime, global);
    }
}
