package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * One headless Chromium run that loads every page of the reader fixture at phone width (375 CSS px) and
 * every page of the default site, plus a control page with one of each fault, at phone and desktop width
 * (1280), each in an iframe of a probe page written beside the built sites. What it measures is written
 * into the probe page's DOM, which {@code --dump-dom} returns, and is shared by
 * {@link PagesInBrowserTest} and {@link WideContentBrowserTest}: loading the walkthrough's print page
 * alone takes seconds, so it is loaded once per width.
 */
final class PageProbe {
    static final int PHONE = 375;
    static final int DESKTOP = 1280;
    /** The probed page of the default site with one of each fault {@link WideContentBrowserTest} looks for. */
    static final String CONTROL_PAGE = "_control.html";
    static final String READER = "reader fixture";
    static final String DEFAULT = "default site";

    static final String PROBE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>probe</title></head><body style="margin:0">
            %s
            <script>
            function overflowing(d) {
              var width = d.documentElement.clientWidth, found = [];
              d.body.querySelectorAll("*").forEach(function (e) {
                var r = e.getBoundingClientRect();
                if (r.width === 0 || r.right <= width + 1) return;
                for (var a = e.parentElement; a && a !== d.body; a = a.parentElement) {
                  if (d.defaultView.getComputedStyle(a).overflowX !== "visible") return;
                }
                found.push(e.tagName.toLowerCase() + (typeof e.className === "string" && e.className.trim()
                    ? "." + e.className.trim().split(/\\s+/).join(".") : "") + "@" + Math.round(r.right));
              });
              return found.slice(0, 8);
            }
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
                var style = win.getComputedStyle(e);
                if (e.scrollWidth <= e.clientWidth + 1 || e.closest(".katex, .visually-hidden")
                    || style.overflowX === "visible") return;
                // one line cut short on purpose, with an ellipsis that says so (a long title in the breadcrumbs)
                if (style.textOverflow === "ellipsis" && style.whiteSpace === "nowrap"
                    && (style.overflowX === "hidden" || style.overflowX === "clip")) return;
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
                // Blocks off screen are laid out only near the screen (content-visibility: auto); lay out every
                // block, as a reader who scrolls to it sees it, and give quod.js a moment to see the boxes.
                frames.forEach(function (f) {
                  var style = f.contentDocument.createElement("style");
                  style.textContent = "* { content-visibility: visible !important; }";
                  f.contentDocument.head.appendChild(style);
                });
                return new Promise(function (done) { setTimeout(done, 300); });
              }).then(function () {
                var pre = document.createElement("pre");
                pre.id = "probe";
                pre.textContent = frames.map(function (f) {
                  var d = f.contentDocument;
                  return "PAGE " + f.getAttribute("src") + " scrollWidth=" + d.documentElement.scrollWidth
                      + " clientWidth=" + d.documentElement.clientWidth
                      + " mathErrors=" + d.querySelectorAll(".katex-error, .math-error").length
                      + " overflowing=" + overflowing(d).join(",") + " " + measure(d);
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
            <p style="width:200px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">a line cut short on purpose, and it says so</p>
            <p style="width:200px;overflow:hidden;white-space:nowrap" class="cut">a line cut short without a word: text is lost</p>
            <div class="math-display equation" id="eq:hidden" style="display:flex;width:200px;overflow:hidden">
              <div class="math-scroll" tabindex="0" role="region" aria-label="Equation (1)" style="flex:none;width:600px">x</div>
              <span class="eqno">(1)</span></div>
            <figure class="plot" style="width:300px;position:relative;margin:0">
              <ul class="plot-legend" style="position:absolute;top:10px;left:10px;margin:0;font-size:8px"><li>tiny legend</li></ul>
              <div class="plot-area" style="height:100px"></div></figure>
            </body></html>
            """;
    private static final Pattern LINE = Pattern.compile("PAGE ([^/\\s]+)/(\\S+) scrollWidth=(\\d+) clientWidth=(\\d+) "
            + "mathErrors=(\\d+) overflowing=(\\S*) equations=(\\d+) numbered=(\\d+) tables=(\\d+) plots=(\\d+) "
            + "scrolling=(\\d+) problems=(.*)");

    /**
     * What the probe saw on one page at one width (its viewport's {@code clientWidth}): KaTeX errors, elements
     * past the right edge outside any scrolling box, display formulas, numbered equations, tables and plots,
     * boxes that scroll, and the faults {@link WideContentBrowserTest} names, as a JSON list.
     */
    record Probed(String site, String page, int scrollWidth, int clientWidth, int mathErrors, String overflowing,
            int equations, int numbered, int tables, int plots, int scrolling, String problems) { }

    /** Everything one probe run saw: each page at each width, and what the pages logged to the console. */
    record Run(List<Probed> pages, List<String> consoleLines) {
        /** The page {@code page} of {@code site} at {@code width}, or null when it was not measured. */
        Probed get(String site, String page, int width) {
            return pages.stream().filter(p -> p.site().equals(site) && p.page().equals(page) && p.clientWidth() == width)
                    .findFirst().orElse(null);
        }
    }

    private static Run run;

    private PageProbe() {
    }

    /** The probe's one run, made on first use (Chromium must be installed). */
    static synchronized Run run() throws Exception {
        if (run == null) {
            run = probe();
        }
        return run;
    }

    private static Run probe() throws Exception {
        Path reader = BuiltSites.readerFixture();
        Path site = BuiltSites.defaultSite();
        Path parent = reader.getParent();
        assertThat(site.getParent()).as("both sites in one folder").isEqualTo(parent);
        Files.writeString(site.resolve(CONTROL_PAGE), CONTROL, StandardCharsets.UTF_8);
        StringBuilder frames = new StringBuilder();
        for (String page : Browser.pages(reader)) {
            frame(frames, reader.getFileName() + "/" + page, PHONE);
        }
        List<String> pages = new ArrayList<>(Browser.pages(site));
        pages.add(CONTROL_PAGE);
        for (int width : new int[] {PHONE, DESKTOP}) {
            for (String page : pages) {
                frame(frames, site.getFileName() + "/" + page, width);
            }
        }
        Path probe = parent.resolve("_page-probe.html");
        Files.writeString(probe, PROBE.formatted(frames), StandardCharsets.UTF_8);
        Chromium.Run dump = Browser.chromium().dumpDom(probe, List.of("--allow-file-access-from-files", "--hide-scrollbars",
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=30000"));
        List<Probed> probed = new ArrayList<>();
        for (String line : Jsoup.parse(dump.stdout()).select("#probe").text().split("(?=PAGE )")) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                String name = m.group(1).equals(reader.getFileName().toString()) ? READER : DEFAULT;
                probed.add(new Probed(name, m.group(2), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), m.group(6), Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)),
                        Integer.parseInt(m.group(9)), Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)),
                        m.group(12)));
            }
        }
        return new Run(List.copyOf(probed), dump.stderr().lines().filter(l -> l.contains(":CONSOLE")).toList());
    }

    private static void frame(StringBuilder frames, String src, int width) {
        frames.append("<iframe src=\"").append(src).append("\" style=\"width:").append(width)
                .append("px;height:900px;border:0\"></iframe>\n");
    }
}
