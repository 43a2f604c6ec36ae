package quod.math;

import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** Places a KaTeX error at the file, line and column of the faulty character in the source. */
final class TexErrors {
    private TexErrors() {
    }

    static Diagnostic toDiagnostic(Formula formula, TexError error) {
        SourceText src = formula.source();
        String message = "bad LaTeX: " + error.getMessage().replaceFirst("^KaTeX parse error: ", "");
        int inTex = error.position() >= 0 ? Math.min(error.position(), formula.tex().length()) : 0;
        int offset = Math.min(formula.offset() + inTex, Math.max(0, src.text().length() - 1));
        return src.errorAt(Math.max(0, offset), message);
    }
}
