package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page of the reader fixture and of the default site, loaded in headless Chromium at phone
 * width (375 CSS px): no console messages, no KaTeX error, nothing wider than the screen. The pages are
 * loaded by {@link PageProbe}'s one browser run, which {@link WideContentBrowserTest} reads too.
 */
class PagesInBrowserTest {
    /** What the probe saw on one page at phone width. */
    record Measured(int scrollWidth, int clientWidth, int mathErrors, String overflowing) { }

    /** By site name: what the probe saw on each page at phone width, by the page's path in its site. */
    static final Map<String, Map<String, Measured>> measured = new LinkedHashMap<>();
    static List<String> consoleLines = List.of();
    static final Map<String, List<String>> pages = new LinkedHashMap<>();

    @BeforeAll
    static void loadEveryPageAtPhoneWidth() throws Exception {
        if (!Browser.available()) {
            return;
        }
        pages.put(PageProbe.READER, Browser.pages(BuiltSites.readerFixture()));
        pages.put(PageProbe.DEFAULT, Browser.pages(BuiltSites.defaultSite()));
        PageProbe.Run run = PageProbe.run();
        pages.keySet().forEach(site -> measured.put(site, new LinkedHashMap<>()));
        for (PageProbe.Probed p : run.pages()) {
            if (p.clientWidth() == PageProbe.PHONE && !p.page().equals(PageProbe.CONTROL_PAGE)) {
                measured.get(p.site()).put(p.page(), new Measured(p.scrollWidth(), p.clientWidth(), p.mathErrors(), p.overflowing()));
            }
        }
        consoleLines = run.consoleLines();
    }

    @BeforeEach
    void needsChromium() {
        Browser.chromium();
    }

    @Test
    void theProbeMeasuredEveryPageIncludingThePrintPage() {
        for (String site : measured.keySet()) {
            assertThat(measured.get(site).keySet()).as(site).containsExactlyElementsOf(pages.get(site));
            assertThat(pages.get(site)).as(site).contains("index.html", "print/index.html", "404.html");
        }
        assertThat(pages.get(PageProbe.READER)).contains("01-problems/index.html", "notes/appendix/index.html");
    }

    @Test
    void pagesLogNothingToTheConsole() {
        assertThat(measured).as("sites probed").hasSize(2);
        assertThat(consoleLines).as("console messages on the reader fixture and the default site").isEmpty();
    }

    @Test
    void noFormulaFailedToRender() {
        measured.forEach((site, byPage) -> byPage.forEach((page, m) ->
                assertThat(m.mathErrors()).as(site + " " + page + ": .katex-error/.math-error elements").isZero()));
    }

    @Test
    void nothingIsWiderThanAPhoneScreen() {
        measured.forEach((site, byPage) -> byPage.forEach((page, m) -> {
            assertThat(m.clientWidth()).as(site + " " + page + " viewport").isEqualTo(375);
            assertThat(m.scrollWidth()).as(site + " " + page + " is wider than the screen; overflowing: " + m.overflowing())
                    .isLessThanOrEqualTo(m.clientWidth());
            assertThat(m.overflowing()).as(site + " " + page + " elements past the right edge").isEmpty();
        }));
    }
}
