package quod.math;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.values.reference.V8ValueGlobalObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quod.math.RenderedTex.UntrustedCommand;

/**
 * KaTeX's own {@code katex.min.js}, from its WebJar, running in V8 inside the JVM through Javet.
 * Start-up (loading V8 and KaTeX) costs a few hundred milliseconds, so one engine serves a whole build.
 */
public final class KatexJavetEngine implements MathEngine {
    private final V8Runtime runtime;
    private final V8ValueGlobalObject global;
    private final KatexOptions options;
    private final String optionsJson;

    private KatexJavetEngine(V8Runtime runtime, KatexOptions options) throws JavetException {
        this.runtime = runtime;
        this.global = runtime.getGlobalObject();
        this.options = options;
        this.optionsJson = options.json();
    }

    /**
     * Starts V8 and loads KaTeX; throws {@link EngineUnavailable} when V8 cannot run here. V8's native library
     * is loaded from the per-user folder of {@link NativeLibrary#userFolder()}.
     */
    public static KatexJavetEngine start(KatexOptions options) {
        return start(options, NativeLibrary.userFolder());
    }

    /**
     * As {@link #start(KatexOptions)}, with V8's native library kept in {@code nativeFolder} (a build's cache
     * folder), or where Javet puts it by default when that is null.
     */
    public static KatexJavetEngine start(KatexOptions options, Path nativeFolder) {
        String script = readKatex(options.katexVersion());
        V8Runtime runtime = V8Runtimes.start(nativeFolder);
        try {
            runtime.getExecutor(script).setResourceName("katex.min.js").executeVoid();
            runtime.getExecutor(KatexOptions.GLUE).setResourceName("quod-katex-glue.js").executeVoid();
            return new KatexJavetEngine(runtime, options);
        } catch (JavetException e) {
            V8Runtimes.close(runtime, null);
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
    public RenderedTex render(String tex, boolean display) throws TexError {
        Map<String, Object> result;
        try {
            result = global.invokeObject("quodRender", tex, display, optionsJson);
        } catch (JavetException e) {
            throw new IllegalStateException("V8 failed while rendering a formula", e);
        }
        if (result.get("error") != null) {
            throw new TexError(String.valueOf(result.get("error")), ((Number) result.get("position")).intValue());
        }
        List<UntrustedCommand> untrusted = new ArrayList<>();
        for (Object o : (List<?>) result.get("refused")) {
            Map<?, ?> refused = (Map<?, ?>) o;
            String command = String.valueOf(refused.get("command"));
            untrusted.add(new UntrustedCommand(command, (String) refused.get("url"), options.trust().contains(command)));
        }
        return new RenderedTex(String.valueOf(result.get("html")), untrusted);
    }

    @Override
    public void close() {
        V8Runtimes.close(runtime, global);
    }
}
