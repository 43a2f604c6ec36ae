package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Every display formula, table and plot of every page of the default site, measured in headless Chromium
 * at phone width (375 CSS px) and desktop width (1280): each equation number is inside the screen and not
 * clipped; whatever is wider than its box scrolls in a focusable, named scroll region (and nothing else
 * scrolls sideways or clips), while a box that fits is out of the tab order (quod.js); every text in a
 * plot is at least 12 px; no legend covers a plot area.
 * A control page with each fault, measured in the same run, shows that the probe finds them.
 */
@ResourceLock(Browser.LOCK)
class WideContentBrowserTest {
    static final int[] WIDTHS = {375, 1280};
    static final String PROBE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>probe</title></head><body style="margin:0">
            %s
            <script>
            function describe(e) {
              return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (typeof e.className === "string" && e.className.trim()
                  ? "." + e.className.trim().split(/\\s+/).join(".") : "");
            }
            // The nearest ancestor that clips e sideways (overflow other than visible, e past its edge), or null.
            function clipper(e, win) {
              var r = e.getBoundingClientRect();
              for (var a = e.parentElement; a && a !== e.ownerDocument.documentElement; a = a.parentElement) {
                if (win.getComputedStyle(a).overflowX === "visible") continue;
                var ar = a.getBoundingClientRect();
                if (r.left < ar.left - 1 || r.right > ar.right + 1) return a;
              }
              return null;
            }
            function scrollRegion(e) {
              return e.getAttribute("tabindex") === "0" && e.getAttribute("role") === "region"
                  && (e.getAttribute("aria-label") || "").trim() !== "";
            }
            // Text in a plot smaller than 12 px as rendered (an SVG's text scaled by its viewBox). Exponents
            // and subscripts are smaller by design, as in the body text.
            function smallText(fig, win) {
              var small = [], walker = fig.ownerDocument.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
              for (var n = walker.nextNode(); n; n = walker.nextNode()) {
                var el = n.parentElement;
                if (!n.data.trim() || el.closest("title, desc, .katex-mathml, sup, sub, .msupsub")) continue;
                var size = parseFloat(win.getComputedStyle(el).fontSize);
                if (el instanceof win.SVGElement) size *= el.getScreenCTM().a;
                if (size < 12) small.push(JSON.stringify(n.data.trim().slice(0, 20)) + " " + size.toFixed(1) + "px");
              }
              return small;
            }
            function overlap(a, b) {
              return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            }
            function measure(d) {
              var win = d.defaultView, width = d.documentElement.clientWidth, problems = [];
              var counts = {equations: 0, numbered: 0, tables: 0, plots: 0, scrolling: 0};
              if (d.documentElement.scrollWidth > width) problems.push("the page scrolls sideways: " + d.documentElement.scrollWidth);
              d.querySelectorAll(".math-display, .table-display, figure.plot").forEach(function (e) {
                counts[e.matches(".math-display") ? "equations" : e.matches(".table-display") ? "tables" : "plots"]++;
                var r = e.getBoundingClientRect();
                if (r.width === 0) return;
                if (r.left < -1 || r.right > width + 1) problems.push(describe(e) + " outside the screen: " + Math.round(r.left) + ".." + Math.round(r.right));
                var c = clipper(e, win);
                if (c) problems.push(describe(e) + " clipped by " + describe(c));
              });
              d.querySelectorAll(".equation").forEach(function (e) {
                counts.numbered++;
                var n = e.querySelector(":scope > .eqno");
                if (!n) { problems.push(describe(e) + " shows no number"); return; }
                var r = n.getBoundingClientRect();
                if (r.width === 0 || r.left < 0 || r.right > width) problems.push(describe(e) + " number outside the screen: " + Math.round(r.left) + ".." + Math.round(r.right));
                var c = clipper(n, win);
                if (c) problems.push(describe(e) + " number clipped by " + describe(c));
              });
              d.body.querySelectorAll("*").forEach(function (e) {
                // KaTeX clips parts of its own glyphs on purpose; visually hidden text is 1 px by design
                if (e.scrollWidth <= e.clientWidth + 1 || e.closest(".katex, .visually-hidden")
                    || win.getComputedStyle(e).overflowX === "visible") return;
                counts.scrolling++;
                if (!scrollRegion(e)) problems.push(describe(e) + " scrolls or clips (" + e.scrollWidth + " > " + e.clientWidth + ") but is no focusable named region");
              });
              // quod.js takes boxes with nothing to scroll out of the tab order
              d.querySelectorAll(".scroll-box").forEach(function (e) {
                if (e.scrollWidth <= e.clientWidth + 1 && e.hasAttribute("tabindex")) problems.push(describe(e) + " fits but is in the tab order");
              });
              d.querySelectorAll("figure.plot").forEach(function (fig) {
                smallText(fig, win).forEach(function (t) { problems.push(describe(fig) + " text below 12px: " + t); });
                var area = fig.querySelector(".plot-area"), legend = fig.querySelector(".plot-legend");
                if (!area) problems.push(describe(fig) + " has no plot area");
                else if (legend && overlap(area.getBoundingClientRect(), legend.getBoundingClientRect())) problems.push(describe(fig) + " legend over the plot area");
              });
              return "equations=" + counts.equations + " numbered=" + counts.numbered + " tables=" + counts.tables
                  + " plots=" + counts.plots + " scrolling=" + counts.scrolling + " problems=" + JSON.stringify(problems);
            }
            addEventListener("load", function () {
              var frames = Array.prototype.slice.call(document.querySelectorAll("iframe"));
              Promise.all(frames.map(function (f) { return f.contentDocument.fonts.ready; })).then(function () {
                var pre = document.createElement("pre");
                pre.id = "probe";
                pre.textContent = frames.map(function (f) {
                  return "PAGE " + f.getAttribute("src") + " width=" + f.contentDocument.documentElement.clientWidth
                      + " " + measure(f.contentDocument);
                }).join("\\n");
                document.body.appendChild(pre);
              });
            });
            </script></body></html>
            """;
    /** One of each fault the probe looks for. */
    static final String CONTROL = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>control</title></head><body style="margin:0;font-size:16px">
            <div style="overflow-x:auto;width:200px"><div style="width:600px">a wide box nobody can reach by keyboard</div></div>
            <div class="math-display equation" id="eq:hidden" style="display:flex;width:200px;overflow:hidden">
              <div class="math-scroll" tabindex="0" role="region" aria-label="Equation (1)" style="flex:none;width:600px">x</div>
              <span class="eqno">(1)</span></div>
            <figure class="plot" style="width:300px;position:relative;margin:0">
              <ul class="plot-legend" style="position:absolute;top:10px;left:10px;margin:0;font-size:8px"><li>tiny legend</li></ul>
              <div class="plot-area" style="height:100px"></div></figure>
            </body></html>
            """;
    static final Pattern LINE = Pattern.compile("PAGE (\\S+) width=(\\d+) equations=(\\d+) numbered=(\\d+) tables=(\\d+) "
            + "plots=(\\d+) scrolling=(\\d+) problems=(.*)");

    /** What the probe saw on one page at one width. */
    record Measured(int equations, int numbered, int tables, int plots, int scrolling, String problems) { }

    /** By width, then by page (the control page is {@code _control.html}). */
    static final Map<Integer, Map<String, Measured>> measured = new LinkedHashMap<>();
    static List<String> pages = List.of();

    @BeforeAll
    static void measureEveryPageAtBothWidths() throws Exception {
        if (!Browser.available()) {
            return;
        }
        Path site = BuiltSites.defaultSite();
        pages = Browser.pages(site);
        Files.writeString(site.resolve("_control.html"), CONTROL, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(pages);
        all.add("_control.html");
        StringBuilder frames = new StringBuilder();
        for (int width : WIDTHS) {
            measured.put(width, new LinkedHashMap<>());
            for (String p : all) {
                frames.append("<iframe src=\"").append(p).append("\" style=\"width:").append(width)
                        .append("px;height:900px;border:0\"></iframe>\n");
            }
        }
        Path probe = site.resolve("_wide-probe.html");
        Files.writeString(probe, PROBE.formatted(frames), StandardCharsets.UTF_8);
        Chromium.Run run = Browser.chromium().dumpDom(probe, List.of("--allow-file-access-from-files", "--hide-scrollbars",
                "--virtual-time-budget=30000"));
        for (String line : Jsoup.parse(run.stdout()).select("#probe").text().split("(?=PAGE )")) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                measured.get(Integer.parseInt(m.group(2))).put(m.group(1), new Measured(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                        Integer.parseInt(m.group(7)), m.group(8)));
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
            assertThat(measured.get(width).keySet()).as("pages measured at " + width).containsAll(pages).contains("_control.html");
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
        String problems = measured.get(375).get("_control.html").problems();
        assertThat(problems)
                .contains("div scrolls or clips (600 > 200) but is no focusable named region")
                .contains("div#eq:hidden.math-display.equation number clipped by div#eq:hidden.math-display.equation")
                .contains("figure.plot text below 12px: \\\"tiny legend\\\" 8.0px")
                .contains("figure.plot legend over the plot area");
    }
}
