package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code sites/structure} (problems, hints, solutions, callouts, margin notes, numbered
 * equations and references within and across pages) with build-time math, and checks what readers get.
 */
class StructureSiteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/structure");

    @TempDir
    static Path tmp;
    static Fixtures.Built built;

    @BeforeAll
    static void build() {
        built = Fixtures.build(FIXTURE, tmp, true);
    }

    @Test
    void buildSucceedsWithoutDiagnostics() {
        assertThat(built.result().diagnostics()).isEmpty();
        assertThat(built.result().succeeded()).isTrue();
    }

    @Test
    void problemsAreLabelledSectionsWithIdsFromTheirLabels() throws IOException {
        Document doc = built.page("01-gradients/index.html");
        Element problem = doc.getElementById("problem-1a");
        assertThat(problem).isNotNull();
        assertThat(problem.tagName()).isEqualTo("section");
        assertThat(problem.classNames()).containsExactly("block", "problem");
        assertThat(problem.attr("aria-labelledby")).isEqualTo("problem-1a-title");
        assertThat(doc.select("#problem-1a-title.block-title .block-kind").text()).isEqualTo("Problem");
        assertThat(doc.select("#problem-1a-title .block-label").text()).isEqualTo("1(a)");
        // the hint, solution and answer written inside the ::::-fenced problem stay inside it
        assertThat(problem.select("> details.hint, > details.solution, > div.answer")).hasSize(3);
        assertThat(doc.getElementById("problem-1b")).isNotNull();
    }

    @Test
    void theIndexListsEachPageWithLinksToItsProblems() throws IOException {
        Document index = built.page("index.html");
        var links = index.select(".page-problems a");
        assertThat(links.eachText()).containsExactly("1(a)", "1(b)", "2");
        assertThat(links.eachAttr("href")).containsExactly("01-gradients/index.html#problem-1a",
                "01-gradients/index.html#problem-1b", "notes/more/index.html#problem-2");
    }

    @Test
    void solutionsFollowFrontMatterOverSiteConfigAndHintsStayCollapsed() throws IOException {
        Document open = built.page("01-gradients/index.html");
        assertThat(open.select("details.solution")).hasSize(2).allMatch(d -> d.hasAttr("open"));
        assertThat(open.select("details.hint")).hasSize(1).noneMatch(d -> d.hasAttr("open"));
        assertThat(open.select("details.hint > summary.block-title").text()).isEqualTo("Hint: Symmetry");

        Document collapsed = built.page("notes/more/index.html");
        assertThat(collapsed.select("details.solution")).hasSize(1).noneMatch(d -> d.hasAttr("open"));
    }

    @Test
    void answersCalloutsAndMarginNotesUseTheirElements() throws IOException {
        Document doc = built.page("01-gradients/index.html");
        assertThat(doc.select("div.block.answer[role=note] > div.block-title").text()).isEqualTo("Answer");
        assertThat(doc.select("div.block.answer .katex")).isNotEmpty();
        assertThat(doc.select("aside.block.callout.warning > .block-title").text()).isEqualTo("Warning: Not a minimum in general");
        assertThat(doc.select("aside.sidenote").text()).startsWith("The skew part of");
        assertThat(built.page("notes/more/index.html").select("aside.block.callout.tip > .block-title").text()).isEqualTo("Tip");
    }

    @Test
    void labelledEquationsAreNumberedPerPageBesideTheirScrollBox() throws IOException {
        Document doc = built.page("01-gradients/index.html");
        assertThat(doc.select("div.math-display.equation").eachAttr("id")).containsExactly("eq:grad", "eq:stationary");
        assertThat(doc.select("#eq\\:grad > .eqno").text()).isEqualTo("(1)");
        assertThat(doc.select("#eq\\:grad > .math-scroll[tabindex=0][role=region]").attr("aria-label")).isEqualTo("Equation (1)");
        assertThat(doc.select("#eq\\:stationary > .eqno").text()).isEqualTo("(2)");
        assertThat(doc.select(".katex .tag")).as("the number is not part of the formula").isEmpty();
        Document more = built.page("notes/more/index.html");
        assertThat(more.select("#eq\\:energy > .eqno").text()).isEqualTo("(1)");
        assertThat(doc.select(".katex-error, .math-error")).isEmpty();
    }

    @Test
    void referencesLinkToTheNumberedEquationHereAndOnOtherPagesNamingThem() throws IOException {
        Document doc = built.page("01-gradients/index.html");
        assertThat(doc.select("a.eqref").eachAttr("href"))
                .containsExactly("#eq:grad", "../notes/more/index.html#eq:energy", "../notes/more/index.html#eq:energy");
        // another page's (1) says whose it is, or it reads as this page's (1)
        assertThat(doc.select("a.eqref").eachText()).containsExactly("(1)", "(1) on page More notes",
                "(1) on page More notes");
        Document more = built.page("notes/more/index.html");
        assertThat(more.select("a.eqref").attr("href")).isEqualTo("../../01-gradients/index.html#eq:grad");
        assertThat(more.select("a.eqref").text()).isEqualTo("(1) on page Gradients");
    }

    @Test
    void everyEquationReferenceLeadsToAnExistingAnchor() throws IOException {
        for (String path : java.util.List.of("01-gradients/index.html", "notes/more/index.html")) {
            Path file = built.root().resolve(path);
            for (Element a : built.page(path).select("a.eqref")) {
                String href = a.attr("href");
                String target = href.substring(0, href.indexOf('#'));
                Path targetFile = target.isEmpty() ? file : file.getParent().resolve(target).normalize();
                Document t = Jsoup.parse(targetFile.toFile(), "UTF-8");
                assertThat(t.getElementById(href.substring(href.indexOf('#') + 1))).as(path + " -> " + href).isNotNull();
            }
        }
    }

    @Test
    void eqrefInsideMathShowsTheNumber() throws IOException {
        Document doc = built.page("01-gradients/index.html");
        Element solution = doc.select("details.solution").get(1);
        assertThat(solution.select(".katex annotation").eachText()).anyMatch(tex -> tex.startsWith("\\text{(1)}"));
        assertThat(solution.select(".katex .mord.text").eachText()).contains("(1)");
        assertThat(built.page("notes/more/index.html").select(".katex annotation").eachText())
                .anyMatch(tex -> tex.startsWith("\\text{(1)}"));
    }

    @Test
    void tableOfContentsListsProblemsUnderTheirSectionsWithoutRawTex() throws IOException {
        Document doc = built.page("01-gradients/index.html");
        assertThat(doc.select("nav.toc li > a").eachText())
                .containsExactly("Gradient of W_1", "Problem 1(a)", "Stationary points", "Problem 1(b)");
        assertThat(doc.select("nav.toc > ul > li > a").eachText()).containsExactly("Gradient of W_1", "Stationary points");
        assertThat(doc.select("nav.toc > ul > li > ul > li > a").eachText()).containsExactly("Problem 1(a)", "Problem 1(b)");
        assertThat(doc.select("nav.toc a").eachAttr("href")).contains("#problem-1a", "#problem-1b");
        assertThat(doc.select("nav.toc").text()).doesNotContain("$");
    }

    @Test
    void emailAddressesAreNotReferences() throws IOException {
        assertThat(built.page("01-gradients/index.html").select("aside.warning").text()).contains("me@example.com");
    }
}
