package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page with computation directives, built end to end: values, checks, plots, echo, determinism. */
class ComputeSiteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/compute");

    @TempDir
    static Path tmp;
    static BuildResult result;
    static Document page;

    @BeforeAll
    static void build() throws IOException {
        result = new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("site"), tmp.resolve("cache"))).run();
        page = Jsoup.parse(tmp.resolve("site/gradients/index.html").toFile(), "UTF-8");
    }

    @Test
    void checksPassAndAreCountedInTheSummary() {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.checksPassed()).isEqualTo(7);  // 2 on gradients, 5 on claims (a check in a loop counts each time)
        assertThat(result.summary("site")).contains("7 checks passed");
        assertThat(page.select(".computed .check")).hasSize(2);
        assertThat(page.select(".check").first().text()).startsWith("✓ verified:");
    }

    @Test
    void checksInARowAreOneClosedLineThatOpensToTheirLabelsAndEachLabelOpensToItsClaim() throws IOException {
        Document claims = Jsoup.parse(tmp.resolve("site/claims/index.html").toFile(), "UTF-8");
        var group = claims.select(".computed > details.checks");
        assertThat(group).hasSize(1);
        assertThat(group.first().hasAttr("open")).isFalse();
        assertThat(group.select("> summary").text()).isEqualTo("✓ 3 claims verified");
        assertThat(group.select(".check-list > li > details.check > summary").eachText()).containsExactly(
                "✓ the final run is more than 13 times faster", "✓ every run set a new record (2 times)");
        assertThat(group.select(".check-list > li > details.check .check-claim").eachText()).containsExactly(
                "t(0) / t(2) = 13.12 > 13", "t(i+1) < t(i), held 2 times (last: t(i+1) = 26, t(i) = 297)");
        assertThat(group.select(".check-list > li > span.check").text()).isEqualTo("✓ verified: t(2) = 26 == 26");
        // one check alone, after a shown value, stays one line of its own
        var alone = claims.select(".computed > details.check");
        assertThat(alone).hasSize(1);
        assertThat(alone.select("> summary").text()).isEqualTo("✓ the final run takes 26 s");
        assertThat(alone.first().hasAttr("open")).isFalse();
        assertThat(claims.select("script")).allMatch(s -> s.hasAttr("src") || !s.data().contains("details"));
    }

    @Test
    void thePrintPageWritesEveryCheckOpenSoItsLabelsArePrinted() throws IOException {
        Document print = Jsoup.parse(tmp.resolve("site/print/index.html").toFile(), "UTF-8");
        var article = print.select("article#page-claims");
        assertThat(article.select("details.checks, details.check")).hasSize(4).allMatch(d -> d.hasAttr("open"));
        assertThat(article.select("details.check > summary").eachText()).contains("✓ the final run takes 26 s");
    }

    @Test
    void shownMatricesAndInlineValuesAreRenderedAsMath() {
        assertThat(page.select(".computed .math-display .katex-display")).hasSize(1);
        assertThat(page.select(".computed annotation").first().text()).startsWith("Q^\\top Q = \\begin{bmatrix}");
        String text = page.select(".content p").text();
        assertThat(text).contains("The norm grows by a factor 117.4 over 50 steps");
        assertThat(page.select(".content p annotation").eachText()).contains("1.1^{50} = 117.4");
    }

    @Test
    void matricesLargerThanThePagesMaxMatrixAreElided() throws IOException {
        Document elided = Jsoup.parse(tmp.resolve("site/elided/index.html").toFile(), "UTF-8");
        String tex = elided.select(".computed annotation").text();
        assertThat(tex).startsWith("I_6 = \\begin{bmatrix}").contains("\\cdots").contains("\\vdots");
        assertThat(tex.split("\\\\\\\\")).hasSize(4);
    }

    @Test
    void plotsAreFiguresWithAnInlineAccessibleSvg() {
        var svg = page.select("figure.plot > .plot-body svg.plot-lines");
        assertThat(svg).hasSize(1);
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("title").text()).isEqualTo("Gradient norm");
        assertThat(svg.select("desc").text()).isNotBlank();
    }

    @Test
    void echoShowsTheBlockSourceAndOtherBlocksShowOnlyOutputs() {
        assertThat(page.select("pre.compute-source")).hasSize(1);
        assertThat(page.select("pre.compute-source").text()).contains("check det(A) == 3");
        assertThat(page.text()).doesNotContain("randorth");
    }

    @Test
    void seededRandomnessGivesTheSamePageOnEveryBuild() throws IOException {
        new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("again"), null)).run();
        CacheAndDeterminismTest.assertSameTree(Fixtures.tree(tmp.resolve("again")), Fixtures.tree(tmp.resolve("site")));
    }
}
