package quod.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import quod.FuzzChecks;
import quod.diagnostics.SourceText;

/**
 * Fuzzes {@code site.yml} ({@link SiteConfigLoader} on SnakeYAML). Replays {@code SiteConfigFuzzTestInputs/}
 * in every {@code mvn verify}; {@code bench/fuzz.sh SiteConfigFuzzTest 600} fuzzes it.
 */
class SiteConfigFuzzTest {

    /**
     * Any file loads without an exception to a complete config, every problem points into the file, and
     * the values a problem-free file gives are within their documented ranges.
     */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({"title: ", "author: ", "course: ", "description: ", "baseUrl: ", "https://", "language: ",
        "macros:", "  \"\\\\R\": ", "\\mathbb{R}", "solutions: ", "collapsed", "precision: ", "maxMatrix: ",
        "&a ", "*a", "<<: ", "!!map ", "[", "{", "\"", "'", ": ", "- ", "#", "|", "? ", "---"})
    void siteYml(byte[] input) {
        SourceText source = new SourceText("content/site.yml", FuzzChecks.text(input));
        SiteConfigLoader.Loaded loaded = new SiteConfigLoader().load(source);
        FuzzChecks.positionsInside(loaded.problems(), source);
        SiteConfig config = loaded.config();
        assertThat(config).isNotNull();
        if (loaded.problems().isEmpty()) {
            assertThat(config.precision()).isBetween(1, 15);
            assertThat(config.maxMatrix()).isBetween(3, 50);
            assertThat(config.solutions()).isNotNull();
            assertThat(config.baseUrl()).matches("|https?://.+/");
            config.macros().keySet().forEach(name -> assertThat(name).startsWith("\\"));
        }
    }
}
