package quod.diagnostics;

import java.util.List;

/**
 * Thrown when a stage cannot go on because of the user's input. Carries the diagnostics that explain
 * why; the command line prints them and exits with status 1, never with a stack trace.
 */
public final class QuodException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public QuodException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "build failed" : diagnostics.get(0).headline());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public QuodException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
