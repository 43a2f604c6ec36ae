package quod.compute.language;

/**
 * A user's mistake found while parsing or running a statement. It carries the offset inside the
 * statement text where the problem is, so the diagnostic can point at it; the interpreter turns it
 * into a {@link quod.diagnostics.Diagnostic} and never lets it escape the stage.
 */
public final class ComputeError extends RuntimeException {
    private final int offset;

    public ComputeError(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }

    /** Offset in the statement text (0-based), or -1 when only the statement as a whole is known. */
    public int offset() {
        return offset;
    }
}
