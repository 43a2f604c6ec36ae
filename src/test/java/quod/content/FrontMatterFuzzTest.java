package quod.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import quod.FuzzChecks;
import quod.diagnostics.SourceText;

/**
 * Fuzzes the front matter of a page ({@link FrontMatterParser} on SnakeYAML). Replays
 * {@code FrontMatterFuzzTestInputs/} in every {@code mvn verify}; {@code bench/fuzz.sh FrontMatterFuzzTest 600}
 * fuzzes it.
 */
class FrontMatterFuzzTest {

    /**
     * Any file splits without an exception; every problem points into the file; and the body keeps the
     * file's line numbers (the Markdown stage reports positions in it as positions in the file).
     */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({"---", "...", "title: ", "order: ", "summary: ", "draft: ", "seed: ", "checks: ",
        "precision: ", "maxMatrix: ", "solutions: ", "collapsed", "hidden", "true", "&a ", "*a", "!!str ", "[", "{",
        "\"", "'", ": ", "- ", "#", "|", ">-", "? "})
    void page(byte[] input) {
        SourceText source = new SourceText("content/fuzz.md", FuzzChecks.text(input));
        FrontMatterParser.Result result = new FrontMatterParser().parse(source);
        FuzzChecks.positionsInside(result.problems(), source);
        if (result.front() != null) {
            SourceText body = new SourceText(source.name(), result.body());
            assertThat(body.lineCount()).as("lines of the body").isEqualTo(source.lineCount());
            for (int line = 1; line <= body.lineCount(); line++) {
                if (!body.line(line).isEmpty()) {
                    assertThat(body.line(line)).as("line %d of the body", line).isEqualTo(source.line(line));
                }
            }
            assertThat(result.front().title()).isNotNull();
        } else {
            assertThat(result.problems()).as("a page without front matter says why").isNotEmpty();
        }
    }
}
