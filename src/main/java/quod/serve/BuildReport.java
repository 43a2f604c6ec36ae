package quod.serve;

import java.util.List;
import quod.diagnostics.Diagnostic;

/** A failed build as the terminal and the page's overlay show it: the diagnostics as {@code quod build} prints them. */
final class BuildReport {
    private BuildReport() {
    }

    /** Every diagnostic in its printed form (headline, source line, caret), then {@link #summary}. */
    static String failed(List<Diagnostic> diagnostics, boolean lastGoodServed) {
        StringBuilder s = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            s.append(d.format()).append('\n');
        }
        return s.append(summary(diagnostics, lastGoodServed)).toString();
    }

    /** {@code Build failed: 1 error, 2 warnings; still serving the last good build}. */
    static String summary(List<Diagnostic> diagnostics, boolean lastGoodServed) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return "Build failed: " + errors + " error" + (errors == 1 ? "" : "s")
                + (warnings > 0 ? ", " + warnings + " warning" + (warnings == 1 ? "" : "s") : "")
                + (lastGoodServed ? "; still serving the last good build" : "; nothing to serve until it builds");
    }
}
