package quod;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * Invariants every fuzz test checks on what a stage reports: a diagnostic must point into the text it
 * names, because the caret display and an editor's jump-to-error rely on it.
 */
public final class FuzzChecks {

    private FuzzChecks() {
    }

    /** The fuzzer's bytes as the text of a source file, read the way Quod reads files (UTF-8). */
    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Every diagnostic about {@code source} has a line inside it (or 0 for the whole file), a column on
     * that line (at most one past its end, where a missing closer is reported; 0 for the whole line),
     * and carries that line's text for the caret display.
     */
    public static void positionsInside(List<Diagnostic> diagnostics, SourceText source) {
        for (Diagnostic d : diagnostics) {
            if (!d.file().equals(source.name())) {
                continue;
            }
            assertThat(d.line()).as("line of %s", d.headline()).isBetween(0, source.lineCount());
            if (d.line() == 0) {
                assertThat(d.column()).as("column of %s (no line)", d.headline()).isZero();
                continue;
            }
            String line = source.line(d.line());
            assertThat(d.column()).as("column of %s on a line of %d characters", d.headline(), line.length())
                    .isBetween(0, line.length() + 1);
            assertThat(d.sourceLine()).as("source line of %s", d.headline()).isEqualTo(line);
            assertThat(d.message()).as("message of %s", d.headline()).isNotBlank();
        }
    }
}
