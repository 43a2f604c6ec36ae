package quod.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;

/** What a content folder becomes: pages (in path order, drafts left out), site.yml, and files copied as they are. */
class ContentLoaderTest {
    @TempDir
    Path content;
    private final Diagnostics diagnostics = new Diagnostics();

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String page(String title) {
        return "---\ntitle: " + title + "\n---\nBody of " + title + "\n";
    }

    private ContentLoader.Content load() {
        return new ContentLoader(content, "content").load(diagnostics);
    }

    @Test
    void pagesComeInPathOrderWithTheirSlugs() throws IOException {
        write("02-b.md", page("B"));
        write("index.md", page("Home"));
        write("01-a.md", page("A"));
        write("part/index.md", page("Part"));
        write("part/x.md", page("X"));

        ContentLoader.Content c = load();
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(c.pages()).extracting(Page::slug).containsExactly("01-a", "02-b", "", "part", "part/x");
        assertThat(c.pages()).extracting(p -> p.front().title()).containsExactly("A", "B", "Home", "Part", "X");
        assertThat(c.pages()).extracting(Page::outputPath)
                .containsExactly("01-a/index.html", "02-b/index.html", "index.html", "part/index.html", "part/x/index.html");
        assertThat(c.pages().get(0).source().name()).isEqualTo("content/01-a.md");
    }

    @Test
    void aDraftIsNotAPage() throws IOException {
        write("a.md", page("A"));
        write("b.md", "---\ntitle: B\ndraft: true\n---\n");
        assertThat(load().pages()).extracting(Page::slug).containsExactly("a");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void siteYmlAtTheTopIsTheConfigAndNotAFile() throws IOException {
        write("site.yml", "title: T\n");
        write("notes/site.yml", "not the config\n");
        ContentLoader.Content c = load();
        assertThat(c.config().name()).isEqualTo("content/site.yml");
        assertThat(c.config().text()).isEqualTo("title: T\n");
        assertThat(c.files()).extracting(ContentLoader::slashed).containsExactly("notes/site.yml");
    }

    @Test
    void withoutSiteYmlThereIsNoConfig() throws IOException {
        write("a.md", page("A"));
        assertThat(load().config()).isNull();
    }

    @Test
    void everyOtherFileIsCopiedInPathOrder() throws IOException {
        write("img/plot.svg", "<svg/>");
        write("a.md", page("A"));
        write("data.csv", "1,2\n");
        write(".well-known/security.txt", "x");
        assertThat(load().files()).extracting(ContentLoader::slashed)
                .containsExactly(".well-known/security.txt", "data.csv", "img/plot.svg");
    }

    @Test
    void aPageWithoutFrontMatterIsReportedAndLeftOut() throws IOException {
        write("a.md", "# No front matter\n");
        write("b.md", page("B"));
        assertThat(load().pages()).extracting(Page::slug).containsExactly("b");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).containsExactly("content/a.md:1:1: a page "
                + "must start with front matter: a line '---', 'title: ...', and a closing '---'");
    }

    @Test
    void aPageWithABadValueIsReportedAndStillLoaded() throws IOException {
        write("a.md", "---\ntitle: A\norder: first\n---\n");
        assertThat(load().pages()).extracting(Page::slug).containsExactly("a");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md:3:8: 'order' must be a whole number, not 'first'");
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorNamingIt() throws IOException {
        Files.write(content.resolve("a.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xE9, '\n'});
        assertThat(load().pages()).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md: file is not valid UTF-8: save it as UTF-8");
    }

    @Test
    void aByteOrderMarkIsDroppedAndCrLfBecomesLf() throws IOException {
        write("a.md", "\uFEFF---\r\ntitle: Bom\r\n---\r\nline 4\r\n");
        Page p = load().pages().get(0);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(p.front().title()).isEqualTo("Bom");
        assertThat(p.source().text()).isEqualTo("---\ntitle: Bom\n---\nline 4\n");
        assertThat(p.body()).isEqualTo("\n\n\nline 4\n");
    }

    @Test
    void aMissingContentFolderIsOneError() {
        ContentLoader.Content c = new ContentLoader(content.resolve("nope"), "nope").load(diagnostics);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).containsExactly("nope: content folder not found");
        assertThat(c.pages()).isEmpty();
        assertThat(c.files()).isEmpty();
        assertThat(c.config()).isNull();
    }

    @Test
    void slugsDropTheExtensionAndAnIndex() {
        assertThat(ContentLoader.slugOf("01-rnn.md")).isEqualTo("01-rnn");
        assertThat(ContentLoader.slugOf("index.md")).isEmpty();
        assertThat(ContentLoader.slugOf("part/index.md")).isEqualTo("part");
        assertThat(ContentLoader.slugOf("part/appendix.md")).isEqualTo("part/appendix");
        assertThat(ContentLoader.slugOf("reindex.md")).isEqualTo("reindex");
    }
}
