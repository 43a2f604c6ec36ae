package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every display formula, table and plot of every page of the default site, measured in headless Chromium
 * at phone width (375 CSS px) and desktop width (1280): each equation number is inside the screen and not
 * clipped; whatever is wider than its box scrolls in a focusable, named scroll region (and nothing else
 * scrolls sideways or clips), while a box that fits is out of the tab order (quod.js); every text in a
 * plot is at least 12 px; no legend covers a plot area.
 * A control page with each fault, measured in the same run, shows that the probe finds them. The pages are
 * loaded by {@link PageProbe}'s one browser run, which {@link PagesInBrowserTest} reads too.
 */
class WideContentBrowserTest {
    static final int[] WIDTHS = {PageProbe.PHONE, PageProbe.DESKTOP};

    /** What the probe saw on one page at one width. */
    record Measured(int equations, int numbered, int tables, int plots, int scrolling, String problems) { }

    /** By width, then by page (the control page is {@link PageProbe#CONTROL_PAGE}). */
    static final Map<Integer, Map<String, Measured>> measured = new LinkedHashMap<>();
    static List<String> pages = List.of();

    @BeforeAll
    static void measureEveryPageAtBothWidths() throws Exception {
        if (!Browser.available()) {
            return;
        }
        pages = Browser.pages(BuiltSites.defaultSite());
        for (int width : WIDTHS) {
            measured.put(width, new LinkedHashMap<>());
        }
        for (PageProbe.Probed p : PageProbe.run().pages()) {
            if (p.site().equals(PageProbe.DEFAULT)) {
                measured.get(p.clientWidth()).put(p.page(), new Measured(p.equations(), p.numbered(), p.tables(), p.plots(),
                        p.scrolling(), p.problems()));
            }
        }
    }

    @BeforeEach
    void needsChromium() {
        Browser.chromium();
    }

    @Test
    void everyPageWasMeasuredAtBothWidthsAndTheSiteHasWhatTheTestIsAbout() {
        for (int width : WIDTHS) {
            assertThat(measured.get(width).keySet()).as("pages measured at " + width).containsAll(pages).contains(PageProbe.CONTROL_PAGE);
            Measured print = measured.get(width).get("print/index.html");
            assertThat(print.equations()).as("display formulas on the print page").isGreaterThan(40);
            assertThat(print.numbered()).as("numbered equations").isGreaterThan(30);
            assertThat(print.tables()).as("tables").isGreaterThan(3);
            assertThat(print.plots()).as("plots").isGreaterThan(5);
        }
        // on a phone many formulas are wider than the screen: the test is about them
        assertThat(measured.get(375).get("print/index.html").scrolling()).isGreaterThan(20);
    }

    @Test
    void numbersStayInViewAndOnlyFocusableNamedRegionsScrollAndPlotsRead() {
        for (int width : WIDTHS) {
            for (String page : pages) {
                assertThat(measured.get(width).get(page).problems()).as(page + " at " + width + " px").isEqualTo("[]");
            }
        }
    }

    @Test
    void theProbeFindsEachFaultOnTheControlPage() {
        String problems = measured.get(375).get(PageProbe.CONTROL_PAGE).problems();
        assertThat(problems)
                .contains("div scrolls or clips (600 > 200) but is no focusable named region")
                .contains("p.cut scrolls or clips")
                .doesNotContain("p scrolls or clips")
                .contains("div#eq:hidden.math-display.equation number clipped by div#eq:hidden.math-display.equation")
                .contains("figure.plot text below 12px: \\\"tiny legend\\\" 8.0px")
                .contains("figure.plot legend over the plot area");
    }
}
