package quod.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.config.SiteConfigLoader;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;

/** Pages and site.yml saved with CR (old Mac) or CRLF (Windows) line endings read as if saved with LF. */
class LineEndingsTest {
    @TempDir
    Path content;

    private ContentLoader.Content load(Diagnostics diagnostics, String file, String text) throws IOException {
        Files.writeString(content.resolve(file), text, StandardCharsets.UTF_8);
        return new ContentLoader(content, "content").load(diagnostics);
    }

    @Test
    void aPageWithCrLineEndingsHasFrontMatterAndRightLineNumbers() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        var loaded = load(diagnostics, "a.md", "---\rtitle: Old Mac\rorder: first\r---\r\rBody line 6\r");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md:3:8: 'order' must be a whole number, not 'first'");
        assertThat(diagnostics.sorted().get(0).sourceLine()).isEqualTo("order: first");
        Page page = loaded.pages().get(0);
        assertThat(page.front().title()).isEqualTo("Old Mac");
        assertThat(page.body().lines().toList().get(5)).isEqualTo("Body line 6");
        assertThat(page.body()).doesNotContain("\r");
    }

    @Test
    void aPageWithCrLfLineEndingsReadsLikeLf() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        var loaded = load(diagnostics, "a.md", "---\r\ntitle: Windows\r\n---\r\n\r\nBody line 5\r\n");

        assertThat(diagnostics.sorted()).isEmpty();
        Page page = loaded.pages().get(0);
        assertThat(page.front().title()).isEqualTo("Windows");
        assertThat(page.body()).isEqualTo("\n\n\n\nBody line 5\n");
    }

    @Test
    void siteYmlWithCrLineEndingsReportsTheRightLine() throws IOException {
        var loaded = load(new Diagnostics(), "site.yml", "title: Old Mac\rbaseURL: x\rprecision: 3\r");

        var config = new SiteConfigLoader().load(loaded.config());
        assertThat(config.problems()).extracting(Diagnostic::headline).singleElement().asString()
                .startsWith("content/site.yml:2:1: unknown key 'baseURL'");
        assertThat(config.config().title()).isEqualTo("Old Mac");
        assertThat(config.config().precision()).isEqualTo(3);
    }
}
