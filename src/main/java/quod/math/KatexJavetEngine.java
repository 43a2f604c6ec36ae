package quod.math;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.values.reference.V8ValueGlobalObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * KaTeX's own {@code katex.min.js}, from its WebJar, running in V8 inside the JVM through Javet.
 * Start-up (loading V8 and KaTeX) costs a few hundred milliseconds, so one engine serves a whole build.
 */
public final class KatexJavetEngine implements MathEngine {
    /**
     * Glue that returns "OK:" + html, or "ERR:" + position + ":" + message, so no JSON parser is needed
     * on the Java side. The macros object is parsed anew per call because KaTeX mutates it on \gdef.
     */
    private static final String GLUE = """
            function quodRender(tex, display, macros) {
              try {
                return 'OK:' + katex.renderToString(tex, {
                  displayMode: display, output: 'htmlAndMathml', throwOnError: true,
                  strict: 'ignore', trust: false, macros: JSON.parse(macros)
                });
              } catch (e) {
                if (e instanceof katex.ParseError) {
                  var pos = (typeof e.position === 'number') ? e.position : -1;
                  return 'ERR:' + pos + ':' + (e.rawMessage || e.message);
                }
                return 'ERR:-1:' + String(e);
              }
            }
            """;

    private final V8Runtime runtime;
    private final V8ValueGlobalObject global;
    private final String macrosJson;

    private KatexJavetEngine(V8Runtime runtime, String macrosJson) throws JavetException {
        this.runtime = runtime;
        this.global = runtime.getGlobalObject();
        this.macrosJson = macrosJson;
    }

    /** Starts V8 and loads KaTeX; throws {@link EngineUnavailable} when V8 cannot run here. */
    public static KatexJavetEngine start(KatexOptions options) {
        String script = readKatex(options.katexVersion());
        V8Runtime runtime;
        try {
            runtime = V8Host.getV8Instance().createV8Runtime();
        } catch (JavetException | LinkageError | RuntimeException e) {
            throw new EngineUnavailable("cannot start the V8 JavaScript engine (Javet) on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ": "
                    + e.getMessage(), e);
        }
        try {
            runtime.getExecutor(script).setResourceName("katex.min.js").executeVoid();
            runtime.getExecutor(GLUE).setResourceName("quod-katex-glue.js").executeVoid();
            return new KatexJavetEngine(runtime, options.macrosJson());
        } catch (JavetException e) {
            closeQuietly(runtime);
            throw new IllegalStateException("KaTeX failed to load in V8", e);
        }
    }

    private static String readKatex(String version) {
        String path = "/META-INF/resources/webjars/katex/" + version + "/dist/katex.min.js";
        try (InputStream in = KatexJavetEngine.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("KaTeX WebJar not on the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    @Override
    public String render(String tex, boolean display) throws TexError {
        String result;
        try {
            result = global.invokeString("quodRender", tex, display, macrosJson);
        } catch (JavetException e) {
            throw new IllegalStateException("V8 failed while rendering a formula", e);
        }
        if (result.startsWith("OK:")) {
            return result.substring(3);
        }
        int colon = result.indexOf(':', 4);
        int position = Integer.parseInt(result.substring(4, colon));
        throw new TexError(result.substring(colon + 1), position);
    }

    @Override
    public void close() {
        try {
            global.close();
        } catch (JavetException e) {
            // closing the runtime below releases it anyway
        }
        closeQuietly(runtime);
    }

    private static void closeQuietly(V8Runtime runtime) {
        try {
            runtime.close();
        } catch (JavetException e) {
            // nothing to do: the process is about to release V8 anyway
        }
    }
}
