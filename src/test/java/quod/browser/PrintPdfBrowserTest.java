package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.cli.Main;

/**
 * The print page as Chromium prints it, read back with {@code pdftotext}: every page title, a page
 * count in range, problems starting new pages, external URLs printed, and no equation, answer or
 * callout cut across a page break. For the last, a test copy of the print page marks the top and the
 * bottom edge of each such box with tiny text; both marks must land on the same PDF page.
 */
class PrintPdfBrowserTest {
    private static final String BOXES = ".math-display, .answer, .callout";

    @TempDir
    static Path tmp;
    static Chromium chromium;
    static Path fixture;
    static Path defaultSite;
    /** The text of each PDF page, by site. */
    static final Map<String, List<String>> pdfPages = new LinkedHashMap<>();
    static final Map<String, List<String>> titles = new LinkedHashMap<>();

    @BeforeAll
    static void printBothSites() throws Exception {
        if (!Browser.available() || !Browser.hasCommand("pdftotext")) {
            return;
        }
        chromium = Browser.chromium();
        fixture = tmp.resolve("reader");
        defaultSite = tmp.resolve("default");
        // The fixture goes through `quod pdf` itself; the default site through Chromium directly.
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("pdf", "--source", Browser.READER_FIXTURE.resolve("content").toString(),
                    "--out", fixture.toString(), "--no-cache");
        } finally {
            System.setOut(out);
        }
        assertThat(status).as("quod pdf: " + captured).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Printed all pages -> ");
        Browser.buildDefaultSite(defaultSite);
        chromium.printToPdf(defaultSite.resolve("print/index.html"), defaultSite.resolve("print/walkthrough.pdf"));
        for (var site : Map.of("reader fixture", fixture, "default site", defaultSite).entrySet()) {
            pdfPages.put(site.getKey(), pdfText(site.getValue().resolve("print/walkthrough.pdf")));
            Document print = Jsoup.parse(site.getValue().resolve("print/index.html").toFile(), "UTF-8");
            titles.put(site.getKey(), print.select("article.print-page > h1").eachText());
        }
    }

    /** The text of each page of a PDF, in layout mode; pdftotext ends every page with a form feed. */
    static List<String> pdfText(Path pdf) throws Exception {
        String text = Browser.run("pdftotext", "-layout", pdf.toString(), "-");
        List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @BeforeEach
    void needsChromiumAndPdftotext() {
        Browser.chromium();
        Browser.require(Browser.hasCommand("pdftotext"), "pdftotext not installed (apt-get install poppler-utils)");
    }

    @Test
    void everyPageTitleIsPrinted() {
        pdfPages.forEach((site, pages) -> {
            String all = flat(String.join(" ", pages));
            assertThat(titles.get(site)).as(site).hasSizeGreaterThan(1);
            for (String title : titles.get(site)) {
                assertThat(all).as(site + " PDF").contains(flat(title));
            }
        });
        assertThat(titles.get("reader fixture")).containsExactly("Reader fixture", "Problems with every kind of block",
                "A long derivation", "Appendix on notation");
    }

    @Test
    void pageCountsAreInTheExpectedRange() {
        // Fixture: intro, 01 (setup, a page per problem, the rest), 12 derivation steps (~8 pages), the appendix.
        assertThat(pdfPages.get("reader fixture")).hasSizeBetween(10, 20);
        // Default site: each problem starts a page, and none of its answers runs past a few pages.
        int problems = problemsInDefaultContent();
        assertThat(problems).isPositive();
        assertThat(pdfPages.get("default site")).hasSizeBetween(problems, 6 * problems + 4);
    }

    private static int problemsInDefaultContent() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("content"))) {
            int n = 0;
            for (var f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                n += (int) java.nio.file.Files.readAllLines(f).stream().filter(l -> l.matches(":{3,}\\s*problem\\b.*")).count();
            }
            return n;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachProblemStartsANewPageUnderTheRunningHead() {
        List<String> pages = pdfPages.get("reader fixture");
        for (String problem : List.of("PROBLEM 1(a)", "PROBLEM 1(b)")) {
            assertThat(pages).as(problem).anySatisfy(page -> {
                List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                assertThat(lines.get(0)).as("running head").isEqualTo("Problems with every kind of block");
                assertThat(lines.get(1)).isEqualTo(problem);
            });
        }
    }

    @Test
    void hintsAndSolutionsArePrintedOpenAndExternalLinksShowTheirUrl() {
        String all = flat(String.join(" ", pdfPages.get("reader fixture")));
        assertThat(all).contains("Use the chain rule backwards in time.")
                .contains("<https://www.deeplearningbook.org/>")
                .doesNotContain("Skip to content").doesNotContain("Dark theme").doesNotContain("On this page");
    }

    @Test
    void noEquationAnswerOrCalloutIsCutAcrossPages() throws Exception {
        for (Path site : List.of(fixture, defaultSite)) {
            Document print = Jsoup.parse(site.resolve("print/index.html").toFile(), "UTF-8");
            int n = 0;
            for (Element box : print.select(BOXES)) {
                String mark = "position:absolute;left:0;font-size:3px;line-height:1;color:#fdfdfd;";
                box.attr("style", "position:relative;" + box.attr("style"));
                box.prependElement("span").attr("style", mark + "top:0").text("QTOP" + n + "Q");
                box.appendElement("span").attr("style", mark + "bottom:0").text("QBOT" + n + "Q");
                n++;
            }
            Path marked = site.resolve("print/_marked.html");
            Files.writeString(marked, print.outerHtml(), StandardCharsets.UTF_8);
            Path pdf = site.resolve("print/_marked.pdf");
            chromium.printToPdf(marked, pdf);
            List<String> pages = pdfText(pdf);
            assertThat(n).as(site + " boxes to check").isPositive();
            for (int i = 0; i < n; i++) {
                String top = "QTOP" + i + "Q";
                String bottom = "QBOT" + i + "Q";
                assertThat(pages).as("top edge of box " + i + " printed").anySatisfy(p -> assertThat(p).contains(top));
                // Chromium may paint the top mark on the page before too, when the box was pushed to the next
                // page whole; a cut box has no page with both edges.
                assertThat(pages).as("box " + i + " (" + print.select(BOXES).get(i).className()
                        + ") has a page with both its top and bottom edge")
                        .anySatisfy(p -> assertThat(p).contains(top).contains(bottom));
            }
        }
    }
}
