package quod.math;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.values.reference.V8ValueGlobalObject;
import java.nio.file.Path;

/**
 * Starting and closing the V8 runtimes Quod runs JavaScript in (KaTeX here, lunr for the search index): one
 * native library, found the same way, and one message when V8 cannot run on this machine.
 */
public final class V8Runtimes {
    private V8Runtimes() {
    }

    /**
     * A new runtime, V8's native library loaded from {@code nativeFolder} when not null (see {@link NativeLibrary});
     * throws {@link EngineUnavailable} when V8 cannot run here.
     */
    public static V8Runtime start(Path nativeFolder) {
        try {
            if (nativeFolder != null) {
                NativeLibrary.useFolder(nativeFolder);
            }
            return V8Host.getV8Instance().createV8Runtime();
        } catch (JavetException | LinkageError | RuntimeException e) {
            throw new EngineUnavailable("cannot start the V8 JavaScript engine (Javet) on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ": " + e.getMessage(), e);
        }
    }

    /** Releases the runtime and, when not null, the handle on its global object. */
    public static void close(V8Runtime runtime, V8ValueGlobalObject global) {
        if (global != null) {
            try {
                global.close();
            } catch (JavetException e) {
                // closing the runtime below releases it anyway
            }
        }
        try {
            runtime.close();
        } catch (JavetException e) {
            // nothing to do: the process is about to release V8 anyway
        }
    }
}
