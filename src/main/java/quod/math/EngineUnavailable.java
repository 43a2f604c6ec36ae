package quod.math;

/** The JavaScript engine could not start on this platform (e.g. no V8 native library for it). */
public final class EngineUnavailable extends RuntimeException {
    public EngineUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
