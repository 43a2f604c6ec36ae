package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.math.KatexJavetEngine;
import quod.math.WarmEngine;

/**
 * The builds of {@code quod serve} ({@link BuildMemo}) redo only what a change affects, and what they serve is
 * byte for byte what a build of its own makes from the same files: an edited page is rendered again and the
 * others are kept; a page that refers to an equation whose number changed, or cites from a .bib file that changed,
 * is rendered again although its own file did not change; a template change makes every page's file again; a failed build writes nothing.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;
    Path content;
    Path templates;
    BuildMemo memo;
    WarmEngine engine;

    @BeforeEach
    void site() throws IOException {
        content = Files.createDirectories(tmp.resolve("content"));
        templates = tmp.resolve("templates");
        Fixtures.copyTree(Fixtures.PROJECT_TEMPLATES, templates);
        write("index.md", "---\ntitle: Home\n---\n\nThe pages.\n");
        write("01-a.md", "---\ntitle: A\n---\n\n$$ x = 1 $$ {#eq:first}\n\n$$ y = 2 $$ {#eq:second}\n\nBy @eq:second.\n");
        write("02-b.md", "---\ntitle: B\n---\n\nPage A's second equation: @01-a#eq:second.\n\n```compute\nx = 2\n```\n\n"
                + "Twice: {{ 2 * x }}.\n");
        write("03-c.md", "---\ntitle: C\n---\n\nNothing of A's: $z^2$.\n");
        memo = new BuildMemo(Files.createDirectory(tmp.resolve("served")));
        engine = new WarmEngine(KatexJavetEngine::start);
    }

    @AfterEach
    void close() {
        engine.close();
        memo.lunr().close();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
    }

    private BuildOptions options(Path out) {
        return new BuildOptions(content, templates, out, null, BuildOptions.MathMode.SERVER, tmp.resolve("cache"), false);
    }

    /** A build with what the one before left in the memo. */
    private BuildResult served() {
        return new SiteBuild(options(null), engine::lend, memo).run();
    }

    /** What a build of its own makes from the same files, into a fresh folder. */
    private Map<String, byte[]> alone(String name) throws IOException {
        Path out = tmp.resolve(name);
        BuildResult result = new SiteBuild(options(out), engine::lend).run();
        assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();
        return Fixtures.tree(out);
    }

    private String page(String slug) throws IOException {
        return Files.readString(memo.served().root().resolve(slug + "/index.html"), StandardCharsets.UTF_8);
    }

    private static void assertSameFiles(Map<String, byte[]> served, Map<String, byte[]> alone) {
        assertThat(served.keySet()).isEqualTo(alone.keySet());
        served.forEach((file, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(file)
                .isEqualTo(new String(alone.get(file), StandardCharsets.UTF_8)));
    }

    @Test
    void anEditRendersItsPageAgainAndTheSiteIsWhatABuildOfItsOwnMakes() throws IOException {
        assertThat(served().succeeded()).isTrue();
        assertThat(memo.reusedPages()).as("nothing to take on the first build").isZero();
        assertThat(served().succeeded()).isTrue();
        assertThat(memo.reusedPages()).as("nothing changed").isEqualTo(4);
        assertThat(memo.served().lastChanged()).as("files written or deleted when nothing changed").isEmpty();

        write("03-c.md", "---\ntitle: C\n---\n\nNothing of A's: $z^3$, edited.\n");
        assertThat(served().succeeded()).isTrue();
        assertThat(memo.reusedPages()).as("every page but the edited one kept").isEqualTo(3);
        assertThat(memo.reusedComputations()).as("and their computations, without reading the cache").isEqualTo(3);
        assertThat(page("03-c")).contains("edited");
        assertSameFiles(Fixtures.tree(memo.served().root()), alone("alone-1"));
    }

    @Test
    void anEditIsPublishedBeforeThePrintPageAndTheSearchIndex() throws IOException {
        List<Published> first = new ArrayList<>();
        assertThat(new SiteBuild(options(null), engine::lend, memo).run(first::add).succeeded()).isTrue();
        assertThat(first).as("the first build publishes the whole site at once").hasSize(1);
        assertThat(first.get(0).changed()).contains("03-c/index.html", "print/index.html", "assets/search-index.js");

        write("03-c.md", "---\ntitle: C\n---\n\nNothing of A's: $z^3$, edited.\n");
        List<Published> next = new ArrayList<>();
        assertThat(new SiteBuild(options(null), engine::lend, memo).run(next::add).succeeded()).isTrue();
        assertThat(next).containsExactly(new Published(List.of("03-c/index.html"), false),
                new Published(List.of("assets/search-index.js", "print/index.html"), true));
        assertSameFiles(Fixtures.tree(memo.served().root()), alone("alone-published"));
    }

    @Test
    void aPageThatRefersToAnEquationWhoseNumberChangedIsRenderedAgain() throws IOException {
        served();
        assertThat(Jsoup.parse(page("02-b")).select("a.eqref").text()).isEqualTo("(2) on page A");
        // A new first equation on page A: its second becomes (3), and page B, unchanged, must say so.
        write("01-a.md", "---\ntitle: A\n---\n\n$$ w = 0 $$ {#eq:zeroth}\n\n$$ x = 1 $$ {#eq:first}\n\n"
                + "$$ y = 2 $$ {#eq:second}\n\nBy @eq:second.\n");
        assertThat(served().succeeded()).isTrue();
        assertThat(Jsoup.parse(page("02-b")).select("a.eqref").text()).isEqualTo("(3) on page A");
        assertThat(memo.reusedPages()).as("home and C kept; A edited, B refers to A").isEqualTo(2);
        assertSameFiles(Fixtures.tree(memo.served().root()), alone("alone-2"));
    }

    @Test
    void aPageThatRefersToAnotherIsRenderedAgainWhenThatPagesTitleChanges() throws IOException {
        served();
        // A's numbers stay, but B's reference names A by its title
        write("01-a.md", Files.readString(content.resolve("01-a.md"), StandardCharsets.UTF_8)
                .replace("title: A\n", "title: Page A\n"));
        assertThat(served().succeeded()).isTrue();
        assertThat(Jsoup.parse(page("02-b")).select("a.eqref").text()).isEqualTo("(2) on page Page A");
        assertThat(memo.reusedPages()).as("home and C kept; A edited, B names A").isEqualTo(2);
    }

    @Test
    void anEditedBibFileRendersAgainThePageThatCitesFromIt() throws IOException {
        write("refs.bib", "@book{doe2020, author = {Doe, Jane}, title = {First Title}, year = {2020}}\n");
        write("03-c.md", "---\ntitle: C\nbibliography: refs.bib\n---\n\nAs in [@doe2020].\n");
        served();
        assertThat(Jsoup.parse(page("03-c")).select("#ref-doe2020").text()).contains("First Title");

        write("refs.bib", "@book{doe2020, author = {Doe, Jane}, title = {Second Title}, year = {2020}}\n");
        assertThat(served().succeeded()).isTrue();
        assertThat(Jsoup.parse(page("03-c")).select("#ref-doe2020").text()).contains("Second Title");
        assertThat(memo.reusedPages()).as("home, A and B cite nothing from it").isEqualTo(3);
        assertSameFiles(Fixtures.tree(memo.served().root()), alone("alone-bib"));
    }

    @Test
    void aTemplateChangeMakesEveryPagesFileAgainFromTheKeptHtml() throws IOException {
        served();
        Path page = templates.resolve("page.ftlh");
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8).replace("</article>", "<p class=\"marker\">new</p></article>"),
                StandardCharsets.UTF_8);
        assertThat(served().succeeded()).isTrue();
        assertThat(memo.reusedPages()).as("the pages' HTML does not depend on templates").isEqualTo(4);
        for (String slug : new String[] {"01-a", "02-b", "03-c"}) {
            assertThat(Jsoup.parse(page(slug)).select("p.marker")).as(slug).hasSize(1);
        }
        assertSameFiles(Fixtures.tree(memo.served().root()), alone("alone-3"));
    }

    @Test
    void aFailedBuildWritesNothingAndTheNextGoodOneCatchesUp() throws IOException {
        served();
        Map<String, byte[]> before = Fixtures.tree(memo.served().root());
        write("02-b.md", "---\ntitle: B\n---\n\n```compute\ncheck 1 == 2\n```\n");
        write("03-c.md", "---\ntitle: C\n---\n\nEdited while B is broken.\n");
        assertThat(served().succeeded()).isFalse();
        assertSameFiles(Fixtures.tree(memo.served().root()), before);

        write("02-b.md", "---\ntitle: B\n---\n\nFixed.\n");
        assertThat(served().succeeded()).isTrue();
        assertThat(page("03-c")).contains("Edited while B is broken.");
        assertSameFiles(Fixtures.tree(memo.served().root()), alone("alone-4"));
    }

    @Test
    void aDeletedPageIsGoneFromTheServedFolder() throws IOException {
        served();
        Files.delete(content.resolve("03-c.md"));
        assertThat(served().succeeded()).isTrue();
        assertThat(memo.served().root().resolve("03-c/index.html")).doesNotExist();
        assertSameFiles(Fixtures.tree(memo.served().root()), alone("alone-5"));
    }
}
