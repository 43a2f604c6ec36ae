package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import quod.FuzzChecks;

/**
 * Fuzzes fenced divs ({@code ::: problem 1}, nesting by colon count, titles, stray and unclosed fences)
 * through the whole Markdown stage. Replays {@code FencedDivFuzzTestInputs/} in every {@code mvn verify};
 * {@code bench/fuzz.sh FencedDivFuzzTest 600} fuzzes it.
 */
class FencedDivFuzzTest {
    private static final Pattern TAG = Pattern.compile("<(/?)(section|details|aside|div|header|summary)\\b");

    /**
     * Any page renders without an exception and every diagnostic points into the page. When the page
     * has no raw HTML, the elements the div renderer writes are balanced: a div's content cannot
     * escape its box or swallow what follows.
     */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({":::", "::::", "::: problem ", "::: solution", "::: hint", "::: answer", "::: note",
        "::: tip", "::: warning", "::: margin", "> ", "- ", "```", "~~~", "    ", "$$", "# "})
    void page(byte[] input) {
        PageUnderFuzz page = PageUnderFuzz.render(input);
        FuzzChecks.positionsInside(page.diagnostics(), page.source());
        if (page.source().text().indexOf('<') < 0) {
            assertBalanced(page.html());
        }
    }

    private static void assertBalanced(String html) {
        java.util.Map<String, Integer> open = new java.util.HashMap<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            int delta = m.group(1).isEmpty() ? 1 : -1;
            int now = open.merge(m.group(2), delta, Integer::sum);
            assertThat(now).as("<%s> closed before it was opened in%n%s", m.group(2), html).isNotNegative();
        }
        open.forEach((tag, n) -> assertThat(n).as("unclosed <%s> in%n%s", tag, html).isZero());
    }
}
