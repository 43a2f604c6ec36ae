package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code sites/citations}: site.yml names references.bib for every page; {@code notes/numbered.md}
 * adds its own {@code extra.bib} (beside it) and cites in IEEE style. Checks the citations, the reference lists,
 * the print page, and that the link checker accepts the lists' DOIs and URLs.
 */
class CitationsSiteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/citations");

    @TempDir
    static Path tmp;
    static Fixtures.Built built;

    @BeforeAll
    static void build() {
        built = Fixtures.build(FIXTURE, tmp, true);
    }

    @Test
    void buildSucceedsWithoutDiagnosticsAndItsLinksPassTheChecker() {
        assertThat(built.result().diagnostics()).isEmpty();
        assertThat(built.result().succeeded()).isTrue();
    }

    @Test
    void sitesBibliographyIsCitedInTheDefaultAuthorDateStyleWithLinksToTheEntries() throws IOException {
        Document doc = built.page("01-autoencoders/index.html");
        assertThat(doc.select("span.citation").eachText())
                .containsExactly("(Baldi and Hornik 1989)", "Kunin et al. (2019)", "(see Kunin et al. 2019, p. 3)");
        assertThat(doc.select("a.citation").eachAttr("href"))
                .containsExactly("#ref-baldi1989", "#ref-kunin2019", "#ref-kunin2019");
        assertThat(doc.select("section.references .csl-entry").eachAttr("id")).containsExactly("ref-baldi1989", "ref-kunin2019");
        assertThat(doc.select("section.references > h2#references").text()).isEqualTo("References");
    }

    @Test
    void pagesOwnBibliographyIsAddedToTheSitesAndItsOwnStyleIsUsed() throws IOException {
        Document doc = built.page("notes/numbered/index.html");
        assertThat(doc.select("span.citation").eachText()).containsExactly("[1]", "[2]");
        assertThat(doc.select("section.references .csl-entry").eachAttr("id")).containsExactly("ref-goodfellow2016", "ref-page2018");
        assertThat(doc.select("#ref-goodfellow2016").text()).contains("I. Goodfellow, Y. Bengio, and A. Courville", "Deep Learning");
    }

    @Test
    void pageThatCitesNothingHasNoReferenceList() throws IOException {
        assertThat(built.page("index.html").select("section.references")).isEmpty();
    }

    @Test
    void printPageHasEachPagesReferenceListWithPrefixedIds() throws IOException {
        Document print = built.page("print/index.html");
        assertThat(print.select("section.references")).hasSize(2);
        assertThat(print.select("a.citation").eachAttr("href")).allMatch(h -> print.getElementById(h.substring(1)) != null);
        assertThat(print.select(".csl-entry").eachAttr("id")).contains("01-autoencoders--ref-kunin2019");
    }

    @Test
    void aLaterBuildTakesAPagesFormattedCitationsFromTheCacheWithoutFormattingThemAgain() throws IOException {
        Path cache = tmp.resolve("cache").resolve("citations");
        java.util.List<Path> entries;
        try (var walk = java.nio.file.Files.walk(cache)) {
            entries = walk.filter(java.nio.file.Files::isRegularFile).toList();
        }
        assertThat(entries).hasSize(2);  // one per citing page
        for (Path entry : entries) {  // what the cache holds is what the next build shows: mark it
            byte[] stored = java.nio.file.Files.readAllBytes(entry);
            String value = new String(stored, 32, stored.length - 32, java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] marked = value.replace("Kunin et al.", "KUNIN ET AL.")  // same length: the entry counts its bytes
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(32 + marked.length);
            try {
                out.put(java.security.MessageDigest.getInstance("SHA-256").digest(marked)).put(marked);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
            java.nio.file.Files.write(entry, out.array());
        }
        Path again = tmp.resolve("again");
        BuildResult second = new SiteBuild(Fixtures.options(FIXTURE, again, tmp.resolve("cache"))).run();
        assertThat(second.succeeded()).isTrue();
        assertThat(Jsoup.parse(again.resolve("01-autoencoders/index.html").toFile(), "UTF-8").select("span.citation").eachText())
                .contains("KUNIN ET AL. (2019)");
    }
}
