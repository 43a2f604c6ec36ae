package quod.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.site.BuildOptions;
import quod.site.BuildResult;
import quod.site.SiteBuild;

/**
 * What a page gives the search index, from its HTML as the build rendered it (the {@code sites/search} fixture,
 * built with real KaTeX): one section per heading, formulas by their TeX, never KaTeX's MathML, and snippets
 * that show formulas as drawn.
 */
class PageSectionsTest {
    @TempDir
    static Path tmp;
    static List<SearchSection> sections;

    @BeforeAll
    static void buildTheFixtureAndSplitItsPage() throws IOException {
        Path fixture = Path.of("src/test/resources/sites/search");
        Path out = tmp.resolve("site");
        BuildResult result = new SiteBuild(new BuildOptions(fixture.resolve("content"), Path.of("templates"), out, null,
                BuildOptions.MathMode.SERVER, null, false)).run();
        assertThat(result.diagnostics()).isEmpty();
        Document page = Jsoup.parse(Files.readString(out.resolve("spectra/index.html")));
        page.outputSettings().prettyPrint(false);
        // the page's own HTML, as the templates received it
        sections = PageSections.of(1, "Spectra of covariance matrices", page.selectFirst("article .content").html());
    }

    private static SearchSection at(String anchor) {
        return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst().orElseThrow();
    }

    @Test
    void aPageIsItsOpeningPartUnderItsTitleThenOneSectionPerH2AndH3() {
        assertThat(sections).extracting(SearchSection::anchor)
                .containsExactly("", "the-covariance-matrix", "its-eigenvalues", "exposure-bias");
        assertThat(sections).extracting(SearchSection::heading)
                .containsExactly("Spectra of covariance matrices", "The covariance matrix", "Its eigenvalues", "Exposure bias");
        assertThat(sections).extracting(SearchSection::page).containsOnly(1);
        assertThat(at("exposure-bias").text()).startsWith("Teacher forcing feeds the decoder").doesNotContain("eigenvalue");
        // the heading's anchor link ("#", and its name for screen readers) is not part of the heading
        assertThat(at("exposure-bias").headingHtml()).isEqualTo("Exposure bias");
    }

    @Test
    void formulasAreIndexedByTheirTexAndNeverByKatexsMathMl() {
        assertThat(at("the-covariance-matrix").text()).contains("\\Sigma = X X^\\top / n")
                .doesNotContain("Σ");  // what KaTeX's MathML and HTML hold for \Sigma
        assertThat(at("its-eigenvalues").text()).contains("\\det(\\Sigma - \\lambda I) = 0", "\\lambda_i");
        assertThat(at("").text()).contains("\\Sigma v = \\lambda v");
        for (SearchSection s : sections) {
            assertThat(s.text()).as(s.anchor()).doesNotContain("λ", "∣", "Link to this section");
        }
    }

    @Test
    void layoutCommandsAreLeftOutOfTheIndexedTex() {
        assertThat(PageSections.texWords("\\frac{a}{b} + \\left( \\Sigma \\right) \\begin{bmatrix} 1 \\end{bmatrix}"))
                .doesNotContain("frac", "left", "right", "begin", "bmatrix").contains("{a}{b}", "\\Sigma", " 1 ");
    }

    @Test
    void computedValuesAreIndexedAsThePageShowsThem() {
        assertThat(at("the-covariance-matrix").text()).contains("The spectral radius is 3, computed when the site is built");
    }

    @Test
    void aSnippetIsTheStartOfTheProseWithFormulasAsDrawnWithoutMathMlLinksOrIds() {
        String snippet = at("the-covariance-matrix").snippetHtml();
        Document html = Jsoup.parseBodyFragment(snippet);
        assertThat(html.select(".katex .katex-html")).hasSize(2);
        assertThat(html.select(".katex-mathml, math, annotation, a, [id]")).isEmpty();
        assertThat(html.select(".katex .visually-hidden").eachText()).containsExactly("X", "\\Sigma = X X^\\top / n");
        assertThat(html.text()).startsWith("For centred data").endsWith("…").contains("eigenvalues are real")
                .doesNotContain("WORDPASTSNIPPET");
        assertThat(at("the-covariance-matrix").text()).contains("WORDPASTSNIPPET");
        assertThat(html.text().length()).isLessThan(PageSections.SNIPPET_CHARS + 60);
    }

    @Test
    void aSnippetStopsBeforeAFormulaThatWouldTakeItPastItsBytesOfFormulas() {
        String big = "<span class=\"katex\"><span class=\"katex-mathml\"><math><semantics><mi>x</mi>"
                + "<annotation encoding=\"application/x-tex\">x_{%d}</annotation></semantics></math></span>"
                + "<span class=\"katex-html\" aria-hidden=\"true\">" + "<span class=\"mord\">x</span>".repeat(80)
                + "</span></span>";
        StringBuilder p = new StringBuilder("<p>Start");
        for (int i = 0; i < 3; i++) {
            p.append(' ').append(String.format(big, i)).append(" and");
        }
        List<SearchSection> split = PageSections.of(0, "T", p.append(" end.</p>").toString());
        String snippet = split.get(0).snippetHtml();
        int formulas = snippet.split("class=\"katex-html\"", -1).length - 1;
        assertThat(formulas).as("formulas of ~%d bytes each in %d bytes", big.length(),
                PageSections.SNIPPET_FORMULA_BYTES).isEqualTo(1);
        assertThat(snippet).endsWith("…");
        // the words of every formula are indexed all the same
        assertThat(split.get(0).text()).contains("x_{0}", "x_{1}", "x_{2}");
    }
}
