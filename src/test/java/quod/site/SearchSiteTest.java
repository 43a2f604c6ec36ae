package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.edition.Edition;
import quod.search.SearchIndex;

/**
 * The search index as a built site has it: a script beside lunr, a labelled box on every page but the print
 * pages, the same bytes from the same pages, no V8 for a cached build, and nothing of what an edition hides.
 */
class SearchSiteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/search");
    private static final Path EDITIONS = Path.of("src/test/resources/sites/editions");

    @TempDir
    Path tmp;

    private static String read(Path site, String file) throws IOException {
        return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theIndexIsAScriptBesideLunrAndEveryPageButThePrintPagesHasALabelledSearchBox() throws IOException {
        Path out = tmp.resolve("site");
        BuildResult result = new SiteBuild(Fixtures.options(FIXTURE, out, null)).run();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(read(out, SearchIndex.PATH)).startsWith("// The site's search index").contains("window.quodSearch={")
                .contains("[\"spectra/index.html\",\"Spectra of covariance matrices\"]");
        try (InputStream lunr = getClass().getResourceAsStream("/META-INF/resources/webjars/lunr/2.3.9/lunr.min.js")) {
            assertThat(Files.readAllBytes(out.resolve("assets/lunr/lunr.min.js"))).isEqualTo(lunr.readAllBytes());
        }
        assertThat(read(out, "assets/lunr/LICENSE")).contains("Copyright (C) 2013 by Oliver Nightingale");
        for (String page : List.of("index.html", "spectra/index.html", "404.html")) {
            Document html = Jsoup.parse(read(out, page));
            assertThat(html.select("form.site-search[role=search] input#quod-search[type=search]")).as(page).hasSize(1);
            assertThat(html.select("label[for=quod-search]").text()).as(page).isEqualTo("Search this site");
            assertThat(html.select("script[src$=assets/quod-search.js]")).as(page).hasSize(1);
        }
        // the script finds the index from the page's depth
        assertThat(Jsoup.parse(read(out, "spectra/index.html")).select("form.site-search").attr("data-root")).isEqualTo("../");
        Document print = Jsoup.parse(read(out, "print/index.html"));
        assertThat(print.select("form.site-search, script[src$=quod-search.js]")).isEmpty();
    }

    @Test
    void theSamePagesGiveTheSameIndexBytesAndACachedBuildStartsNoV8ForIt() throws IOException {
        Path cache = tmp.resolve("cache");
        BuildResult cold = new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("a"), cache)).run();
        BuildResult warm = new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("b"), cache)).run();
        BuildResult uncached = new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("c"), null)).run();

        assertThat(cold.searchEngineStarted()).isTrue();
        assertThat(warm.succeeded()).isTrue();
        assertThat(warm.searchEngineStarted()).as("V8 started for the search index").isFalse();
        assertThat(warm.engineStarted()).as("V8 started for KaTeX").isFalse();
        byte[] first = Files.readAllBytes(tmp.resolve("a").resolve(SearchIndex.PATH));
        assertThat(Files.readAllBytes(tmp.resolve("b").resolve(SearchIndex.PATH))).isEqualTo(first);
        assertThat(Files.readAllBytes(tmp.resolve("c").resolve(SearchIndex.PATH))).isEqualTo(first);
    }

    @Test
    void aPageThatSaysSomethingNewIsIndexedAnew() throws IOException {
        Path site = tmp.resolve("src");
        Fixtures.copyTree(FIXTURE, site);
        Path cache = tmp.resolve("cache");
        new SiteBuild(Fixtures.options(site, tmp.resolve("out"), cache)).run();
        Path page = site.resolve("content/spectra.md");
        Files.writeString(page, Files.readString(page).replace("Teacher forcing", "Scheduled sampling"));

        BuildResult again = new SiteBuild(Fixtures.options(site, tmp.resolve("out"), cache)).run();

        assertThat(again.searchEngineStarted()).isTrue();
        assertThat(read(tmp.resolve("out"), SearchIndex.PATH)).contains("Scheduled sampling").doesNotContain("Teacher forcing");
    }

    @Test
    void theStudentEditionsIndexHoldsNothingOfTheHiddenPartsThatTheStaffEditionsHolds() throws IOException {
        Map<Edition, String> index = new java.util.EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            Path out = tmp.resolve(edition.word());
            BuildResult result = new SiteBuild(Fixtures.options(EDITIONS, out, null)
                    .withEdition(edition, Instant.parse("2026-12-05T16:59:59Z"))).run();
            assertThat(result.succeeded()).isTrue();
            index.put(edition, read(out, SearchIndex.PATH));
        }
        // text of a solution not released yet, of a staff-only part, and a number computed in a hidden solution
        List<String> hidden = List.of("SOLUTIONQUOKKA", "HINTZEBRA", "SOLUTIONWOMBAT", "GRADINGWOMBAT", "12348");
        for (String secret : hidden) {
            assertThat(index.get(Edition.STAFF)).as("the staff edition's index").contains(secret);
            assertThat(index.get(Edition.STUDENT)).as("the student edition's index").doesNotContain(secret);
        }
    }
}
