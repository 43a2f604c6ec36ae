package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print/index.html}: every page in one document, ids kept apart, links and assets working from print/. */
class PrintPageTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/reader");

    @TempDir
    static Path tmp;
    static Path site;
    static Document print;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        BuildResult result = new SiteBuild(Fixtures.options(FIXTURE, site, null)).run();
        assertThat(result.diagnostics()).isEmpty();
        print = Jsoup.parse(site.resolve("print/index.html").toFile(), "UTF-8");
    }

    @Test
    void everyPageIsAnArticleInOrderWithTheHomePageFirst() {
        assertThat(print.select("main > article.print-page").eachAttr("id")).containsExactly(
                "page-index", "page-01-problems", "page-02-derivation", "page-notes_appendix");
        assertThat(print.select("article.print-page > h1").eachText()).containsExactly(
                "Reader fixture", "Problems with every kind of block", "A long derivation", "Appendix on notation");
        assertThat(print.select("#page-index .content").text()).contains("Worked solutions for the reader fixture");
        assertThat(print.select(".print-contents a").eachAttr("href"))
                .containsExactly("#page-01-problems", "#page-02-derivation", "#page-notes_appendix");
    }

    @Test
    void everyDetailsIsOpen() {
        assertThat(print.select("details")).hasSize(4).allSatisfy(d -> assertThat(d.hasAttr("open")).isTrue());
        assertThat(print.select("details").outerHtml()).doesNotContain("open open");
    }

    @Test
    void idsAreUniqueAndPrefixedWithTheirPage() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Element e : print.select("[id]")) {
            if (!seen.add(e.id())) {
                duplicates.add(e.id());
            }
        }
        assertThat(duplicates).isEmpty();
        assertThat(print.getElementById("01-problems--setup")).isNotNull();
        assertThat(print.getElementById("02-derivation--step-1")).isNotNull();
        assertThat(print.getElementById("01-problems--eq:foc")).isNotNull();
        assertThat(print.getElementById("01-problems--fn-1")).isNotNull();
        assertThat(print.select("section.problem").first().attr("aria-labelledby")).isEqualTo("01-problems--problem-1a-title");
    }

    @Test
    void linksBetweenPagesBecomeLinksBetweenArticlesAndEveryFragmentResolves() {
        assertThat(print.select("#page-01-problems a:contains(next page)").attr("href")).isEqualTo("#02-derivation--step-3");
        assertThat(print.select("#page-notes_appendix a:contains(home page)").attr("href")).isEqualTo("#page-index");
        assertThat(print.select("#page-index a:contains(problems)").attr("href")).isEqualTo("#01-problems--problem-1a");
        assertThat(print.select("a.eqref").first().attr("href")).isEqualTo("#01-problems--eq:foc");
        // references to numbered things, on the page and on others, lead to them in the print page and say whose they are
        assertThat(print.select("#page-notes_appendix a.xref").eachAttr("href")).containsExactly("#notes_appendix--def:reals",
                "#notes_appendix--tbl:symbols", "#02-derivation--lem:telescoping");
        assertThat(print.select("#page-notes_appendix a.xref").eachText()).containsExactly(
                "Definition 1", "Table 1", "Lemma 1 on page A long derivation");
        for (Element a : print.select("a[href^=#]")) {
            assertThat(print.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull();
        }
        for (Element e : print.select("[aria-labelledby]")) {
            assertThat(print.getElementById(e.attr("aria-labelledby"))).as(e.tagName()).isNotNull();
        }
    }

    @Test
    void assetsAndOtherRelativeLinksWorkFromThePrintFolder() {
        Path dir = site.resolve("print");
        for (Element e : print.select("link[href], script[src], a[href]:not([href^=#]):not([href^=http])")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertThat(Files.isRegularFile(dir.resolve(url.replaceAll("#.*", "")).normalize())).as(url).isTrue();
        }
        assertThat(print.select("a[href=https://www.deeplearningbook.org/]")).hasSize(1);
    }

    @Test
    void eachArticleIsANamedPageWhoseRunningHeadIsItsTitle() {
        assertThat(print.select("#page-02-derivation").attr("style")).isEqualTo("page: quod-page-1");
        assertThat(print.select("head style").html())
                .contains("@page quod-page-1 { @top-center { content: \"A long derivation\"; } }");
    }

    @Test
    void everyPageLinksToThePrintPageAndSetsItsRunningHead() throws IOException {
        Document page = Jsoup.parse(site.resolve("notes/appendix/index.html").toFile(), "UTF-8");
        assertThat(page.select("a[href$=print/index.html]").attr("href")).isEqualTo("../../print/index.html");
        assertThat(page.select("head style").html()).contains("content: \"Appendix on notation\"");
    }

    @Test
    void theStoredThemeIsAppliedBeforeAnyStylesheetLoads() throws IOException {
        Document page = Jsoup.parse(site.resolve("01-problems/index.html").toFile(), "UTF-8");
        Element themeScript = page.select("head > script:not([src])").first();
        Element firstStylesheet = page.select("head > link[rel=stylesheet]").first();
        assertThat(themeScript.html()).contains("localStorage.getItem(\"quod-theme\")");
        assertThat(themeScript.elementSiblingIndex()).isLessThan(firstStylesheet.elementSiblingIndex());
        assertThat(page.select("button.theme-toggle").hasAttr("hidden")).as("hidden until quod.js shows it").isTrue();
    }
}
