package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import quod.FuzzChecks;
import quod.math.Formula;

/**
 * Fuzzes the math delimiters ({@code $..$}, {@code $$..$$}, {@code \(..\)}, {@code \[..\]}, labels and
 * {@code \eqref}) through the whole Markdown stage. Replays {@code MathDelimitersFuzzTestInputs/} in
 * every {@code mvn verify}; {@code bench/fuzz.sh MathDelimitersFuzzTest 600} fuzzes it.
 */
class MathDelimitersFuzzTest {

    /**
     * Any page renders without an exception; every diagnostic points into the page; every formula's
     * offset lies in the page, and a one-line formula is the source text at that offset (NUL read as
     * U+FFFD, as CommonMark does), which is what KaTeX's error positions are added to.
     */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({"$", "$$", "\\(", "\\)", "\\[", "\\]", "{#eq:", "}", "\\eqref{", "\\$", "> ", "- ",
        "1. ", "| a |", "|---|", "```", "[^1]", "::: ", ":::"})
    void page(byte[] input) {
        PageUnderFuzz page = PageUnderFuzz.render(input);
        FuzzChecks.positionsInside(page.diagnostics(), page.source());
        // CommonMark replaces NUL with U+FFFD, which keeps the length and so every position
        String text = page.source().text().replace('\0', '\uFFFD');
        for (Formula f : page.formulas()) {
            assertThat(f.offset()).as("offset of formula %s", f.tex()).isBetween(0, text.length());
            boolean rewritten = f.tex().contains("\\text{(");
            if (!rewritten && f.tex().indexOf('\n') < 0) {
                assertThat(text.startsWith(f.tex(), f.offset()))
                        .as("formula '%s' is the source at offset %d", f.tex(), f.offset()).isTrue();
            }
        }
    }
}
