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
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.cli.Main;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The print page as Chromium prints it, read back with {@code pdftotext} and {@code pdftohtml -xml} (poppler):
 * every page title, a page count in range, the outline (bookmarks), sheets filled except where a page of the
 * site ends, the paper size asked for, external URLs printed, and no equation, answer or callout cut across a
 * page break. For the last, a test copy of the print page marks the top and the bottom edge of each such box
 * with tiny text; both marks must land on the same PDF page. The default site's walkthrough is printed once.
 */
@ResourceLock(Resources.SYSTEM_OUT)
class PrintPdfBrowserTest {
    private static final String BOXES = ".math-display, .answer, .callout";

    /** The tiny marks put at the top and bottom edge of each box, {@code QTOP<n>Q} and {@code QBOT<n>Q}. */
    private static final Pattern MARK = Pattern.compile("Q(?:TOP|BOT)\\d+Q");

    @TempDir
    static Path tmp;
    static Chromium chromium;
    /** The text of each PDF page, by site, without the marks. */
    static final Map<String, List<String>> pdfPages = new LinkedHashMap<>();
    static final Map<String, List<String>> titles = new LinkedHashMap<>();
    /** Each site's print page printed with its boxes' edges marked: the pages' text, marks included. */
    static final Map<String, List<String>> markedPages = new LinkedHashMap<>();
    /** The class names of each site's marked boxes, in mark order. */
    static final Map<String, List<String>> boxes = new LinkedHashMap<>();
    /** Each site's PDF as {@code pdftohtml -xml} reads it: its outline and where text is on each page. */
    static final Map<String, Document> pdfXml = new LinkedHashMap<>();
    /** Each site's PDF as {@code pdfinfo} describes it. */
    static final Map<String, String> pdfInfo = new LinkedHashMap<>();

    /**
     * Prints each site once, with its boxes' edges marked. The default site's walkthrough is some 50
     * pages, so its one marked print serves every test: the marks are absolutely positioned 3 px text,
     * which moves nothing, and are taken out of the text the other tests read. The fixture goes through
     * `quod pdf` itself, on the paper a page asks for by default (Letter, Chromium's); the walkthrough is printed on
     * A4, the narrower paper, the way `quod pdf --paper a4` prints.
     */
    @BeforeAll
    static void printBothSites() throws Exception {
        if (!Browser.available() || !Browser.hasCommand("pdftotext") || !Browser.hasCommand("pdftohtml")) {
            return;
        }
        chromium = Browser.chromium();
        Path fixture = tmp.resolve("reader");
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
        pdfPages.put("reader fixture", pdfText(fixture.resolve("print/walkthrough.pdf")));
        readBack("reader fixture", fixture.resolve("print/walkthrough.pdf"));
        titles.put("reader fixture", Jsoup.parse(fixture.resolve("print/index.html").toFile(), "UTF-8")
                .select("article.print-page > h1").eachText());
        // The cut check runs on the walkthrough, which has every kind of box, and many of each, over some 50
        // sheets; the fixture's few sheets would add a print of their own for no kind of box the walkthrough lacks.
        String site = "default site";
        Path folder = BuiltSites.defaultSite();
        Document print = Jsoup.parse(folder.resolve("print/index.html").toFile(), "UTF-8");
        titles.put(site, print.select("article.print-page > h1").eachText());
        List<String> classes = new ArrayList<>();
        for (Element box : print.select(BOXES)) {
            String mark = "position:absolute;left:0;font-size:3px;line-height:1;color:#fdfdfd;";
            int n = classes.size();
            box.attr("style", "position:relative;" + box.attr("style"));
            box.prependElement("span").attr("style", mark + "top:0").text("QTOP" + n + "Q");
            box.appendElement("span").attr("style", mark + "bottom:0").text("QBOT" + n + "Q");
            classes.add(box.className());
        }
        boxes.put(site, classes);
        Path marked = folder.resolve("print/_marked.html");
        Files.writeString(marked, print.outerHtml(), StandardCharsets.UTF_8);
        Path pdf = folder.resolve("print/_marked.pdf");
        chromium.printToPdf(marked, pdf, Chromium.Paper.A4);
        markedPages.put(site, pdfText(pdf));
        readBack(site, pdf);  // the marks are 3 px text: they move nothing and fill no page
        pdfPages.put("default site", markedPages.get("default site").stream()
                .map(page -> MARK.matcher(page).replaceAll("")).toList());
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

    private static void readBack(String site, Path pdf) throws Exception {
        pdfXml.put(site, Jsoup.parse(Browser.run("pdftohtml", "-xml", "-stdout", "-i", "-q", pdf.toString()), "",
                org.jsoup.parser.Parser.xmlParser()));
        pdfInfo.put(site, Browser.run("pdfinfo", pdf.toString()));
    }

    /** The outline's top-level entries (one per page of the site) as "title @page", or all those nested under them. */
    private static List<String> outline(String site, boolean nested) {
        String selector = nested ? "pdf2xml > outline outline > item" : "pdf2xml > outline > item";
        return pdfXml.get(site).select(selector).stream().map(i -> flat(i.text()).strip() + " @" + i.attr("page")).toList();
    }

    /**
     * How full each PDF page is: the bottom of its lowest text below the running head and above the page
     * number, as a share of the height between them (the 20 mm margins are some 57 pt).
     */
    private static List<Double> fill(String site) {
        List<Double> fill = new ArrayList<>();
        for (Element page : pdfXml.get(site).select("page")) {
            double height = Double.parseDouble(page.attr("height"));
            double margin = 57;
            double bottom = margin;
            for (Element text : page.select("text")) {
                double top = Double.parseDouble(text.attr("top"));
                if (top > margin && top < height - margin) {
                    bottom = Math.max(bottom, top + Double.parseDouble(text.attr("height")));
                }
            }
            fill.add((bottom - margin) / (height - 2 * margin));
        }
        return fill;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @BeforeEach
    void needsChromiumAndPdftotext() {
        Browser.chromium();
        Browser.require(Browser.hasCommand("pdftotext") && Browser.hasCommand("pdftohtml"),
                "pdftotext or pdftohtml not installed (apt-get install poppler-utils)");
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
        // Default site: problems run on, and none of its answers runs past a few pages.
        int problems = problemsInDefaultContent();
        assertThat(problems).isPositive();
        assertThat(pdfPages.get("default site")).hasSizeBetween(problems, 3 * problems);
    }

    private static int problemsInDefaultContent() {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("content"))) {
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
    void aPagesFirstProblemSharesTheSheetWithItsIntroductionAndTheNextProblemRunsOn() {
        List<String> pages = pdfPages.get("reader fixture");
        assertThat(pages).as("the intro, its first problem and the next on one sheet").anySatisfy(page -> {
            List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertThat(lines.get(0)).as("running head").isEqualTo("Problems with every kind of block");
            assertThat(lines).contains("Setup", "PROBLEM 1(a)");
        });
    }

    @Test
    void noSheetIsLessThanHalfFullUnlessAPageOfTheSiteEndsOnIt() {
        List<Double> fill = fill("default site");
        assertThat(fill).hasSameSizeAs(pdfPages.get("default site"));
        java.util.Set<Integer> lastOfAPage = new java.util.HashSet<>(List.of(fill.size()));
        for (String entry : outline("default site", false)) {
            lastOfAPage.add(Integer.parseInt(entry.substring(entry.lastIndexOf('@') + 1)) - 1);
        }
        for (int page = 1; page <= fill.size(); page++) {
            if (!lastOfAPage.contains(page)) {
                assertThat(fill.get(page - 1)).as("PDF page " + page + " is filled to (share of its height)")
                        .isGreaterThanOrEqualTo(0.5);
            }
        }
    }

    @Test
    void thePdfHasAnOutlineOfEveryPageWithItsProblemsAndNoContentsPage() {
        for (String site : pdfXml.keySet()) {
            assertThat(outline(site, false)).as(site + " outline").map(e -> e.substring(0, e.lastIndexOf(" @")))
                    .containsExactlyElementsOf(titles.get(site).stream().map(PrintPdfBrowserTest::flat).toList());
            String all = flat(String.join(" ", pdfPages.get(site)));
            assertThat(all).as(site + ": the contents, whose page numbers Chromium cannot print").doesNotContain("Contents");
        }
        assertThat(outline("reader fixture", true)).anyMatch(e -> e.startsWith("Setup")).anyMatch(e -> e.startsWith("Step 12"));
        List<String> problems = outline("default site", true);
        assertThat(problems).anyMatch(e -> e.startsWith("1(e) A linear RNN")).anyMatch(e -> e.startsWith("8(b)"))
                .noneMatch(e -> e.startsWith("Contents"));
    }

    @Test
    void thePaperIsLetterByDefaultAndA4WhenAskedFor() {
        assertThat(pdfInfo.get("reader fixture")).as("quod pdf without --paper").containsPattern("Page size: +612 x 792 pts \\(letter\\)");
        assertThat(pdfInfo.get("default site")).as("printed on A4").containsPattern("Page size: +594.96 x 841.92 pts \\(A4\\)");
    }

    /**
     * A4 is 6 mm narrower than Letter: no display, table or line of the walkthrough may run past the right edge
     * of the text into the margin. The text's left edge is the leftmost text between the running head and the
     * page number; the right edge is as far from the paper's (the margins are equal).
     */
    @Test
    void onA4NothingRunsIntoTheRightMargin() {
        List<Element> pages = pdfXml.get("default site").select("page");
        double left = Double.MAX_VALUE;
        List<String> past = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Element page : pages) {
                double height = Double.parseDouble(page.attr("height"));
                double width = Double.parseDouble(page.attr("width"));
                double margin = 57;  // the running head and the page number sit above and below this
                for (Element text : page.select("text")) {
                    double top = Double.parseDouble(text.attr("top"));
                    if (top <= margin || top >= height - margin) {
                        continue;
                    }
                    double x = Double.parseDouble(text.attr("left"));
                    double right = x + Double.parseDouble(text.attr("width"));
                    if (pass == 0) {
                        left = Math.min(left, x);
                    } else if (right > width - left + 3) {  // 3 units = 2 pt: justified lines round
                        past.add("page " + page.attr("number") + ": '" + flat(text.text()) + "' ends at " + right
                                + " of " + width + ", the text's right edge is " + (width - left));
                    }
                }
            }
        }
        assertThat(left).as("the text's left edge").isBetween(40.0, 120.0);
        assertThat(past).as("text past the right margin on A4").isEmpty();
    }

    @Test
    void hintsAndSolutionsArePrintedOpenAndExternalLinksShowTheirUrl() {
        String all = flat(String.join(" ", pdfPages.get("reader fixture")));
        assertThat(all).contains("Use the chain rule backwards in time.")
                .contains("<https://www.deeplearningbook.org/>")
                .doesNotContain("Skip to content").doesNotContain("Dark theme").doesNotContain("On this page");
    }

    @Test
    void noEquationAnswerOrCalloutIsCutAcrossPages() {
        markedPages.forEach((site, pages) -> {
            List<String> classes = boxes.get(site);
            assertThat(classes).as(site + " boxes to check").isNotEmpty();
            for (int i = 0; i < classes.size(); i++) {
                String top = "QTOP" + i + "Q";
                String bottom = "QBOT" + i + "Q";
                assertThat(pages).as(site + ": top edge of box " + i + " printed").anySatisfy(p -> assertThat(p).contains(top));
                // Chromium may paint the top mark on the page before too, when the box was pushed to the next
                // page whole; a cut box has no page with both edges.
                assertThat(pages).as(site + ": box " + i + " (" + classes.get(i) + ") has a page with both its top and bottom edge")
                        .anySatisfy(p -> assertThat(p).contains(top).contains(bottom));
            }
        });
    }
}
