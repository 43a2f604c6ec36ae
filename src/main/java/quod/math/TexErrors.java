package quod.math;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;
import quod.math.RenderedTex.UntrustedCommand;

/** Places what KaTeX says about a formula at the file, line and column it is about in the source. */
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

    /**
     * One warning per refused command, at its occurrence in the formula (the n-th refusal of a command at
     * its n-th occurrence), or at the formula when a macro wrote it.
     */
    static List<Diagnostic> untrusted(Formula formula, List<UntrustedCommand> refused) {
        SourceText src = formula.source();
        Map<String, Integer> searchFrom = new HashMap<>();
        List<Diagnostic> out = new ArrayList<>();
        for (UntrustedCommand c : refused) {
            int at = occurrence(formula.tex(), c.command(), searchFrom.getOrDefault(c.command(), 0));
            searchFrom.put(c.command(), at < 0 ? formula.tex().length() : at + c.command().length());
            int offset = formula.offset() + Math.max(0, at);
            int line = src.lineOf(offset);
            out.add(Diagnostic.warning(src.name(), line, src.columnOf(offset), message(c), src.line(line)));
        }
        return out;
    }

    private static String message(UntrustedCommand c) {
        String only = "even a trusted command may only link to http, https or mailto URLs";
        if (!c.listed()) {
            return c.command() + " needs trust: KaTeX shows it as red text; to allow it, add it to trust: in "
                    + "site.yml (trust: ['" + c.command() + "'])";
        }
        return c.url() != null
                ? c.command() + " to '" + c.url() + "' is refused: " + only
                : c.command() + " is refused: its URL has no scheme KaTeX can read; " + only;
    }

    /** Where {@code command} (not a prefix of a longer name) is in {@code tex} from {@code from}, or -1. */
    private static int occurrence(String tex, String command, int from) {
        for (int i = tex.indexOf(command, from); i >= 0; i = tex.indexOf(command, i + 1)) {
            int end = i + command.length();
            if (end >= tex.length() || !Character.isLetter(tex.charAt(end))) {
                return i;
            }
        }
        return -1;
    }
}
