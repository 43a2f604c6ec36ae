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
 * Every page of the reader fixture and of the default site, loaded in headless Chromium at phone
 * width (375 CSS px): no console messages, no KaTeX error, nothing wider than the screen. One browser
 * run for both sites: a probe page, written beside the test's built copies of the sites, loads every
 * page in a 375 px iframe and writes what it measured into its own DOM, which {@code --dump-dom} returns.
 */
@ResourceLock(Browser.LOCK)
class PagesInBrowserTest {
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
            addEventListener("load", function () {
              var frames = Array.prototype.slice.call(document.querySelectorAll("iframe"));
              Promise.all(frames.map(function (f) { return f.contentDocument.fonts.ready; })).then(function () {
                var pre = document.createElement("pre");
                pre.id = "probe";
                pre.textContent = frames.map(function (f) {
                  var d = f.contentDocument;
                  return "PAGE " + f.getAttribute("src") + " scrollWidth=" + d.documentElement.scrollWidth
                      + " clientWidth=" + d.documentElement.clientWidth
                      + " mathErrors=" + d.querySelectorAll(".katex-error, .math-error").length
                      + " overflowing=" + overflowing(d).join(",");
                }).join("\\n");
                document.body.appendChild(pre);
              });
            });
            </script></body></html>
            """;
    static final Pattern LINE = Pattern.compile(
            "PAGE (\\S+) scrollWidth=(\\d+) clientWidth=(\\d+) mathErrors=(\\d+) overflowing=(.*)");

    /** What the probe saw on one page. */
    record Measured(int scrollWidth, int clientWidth, int mathErrors, String overflowing) { }

    /** By site name: what the probe saw on each page, by the page's path in its site. */
    static final Map<String, Map<String, Measured>> measured = new LinkedHashMap<>();
    static final List<String> consoleLines = new ArrayList<>();
    static final Map<String, List<String>> pages = new LinkedHashMap<>();

    @BeforeAll
    static void loadEveryPageAtPhoneWidth() throws Exception {
        if (!Browser.available()) {
            return;
        }
        Map<String, Path> sites = Map.of("reader fixture", BuiltSites.readerFixture(), "default site", BuiltSites.defaultSite());
        Path parent = BuiltSites.readerFixture().getParent();
        StringBuilder frames = new StringBuilder();
        Map<String, String> siteByFolder = new LinkedHashMap<>();
        for (var site : sites.entrySet()) {
            assertThat(site.getValue().getParent()).as("both sites in one folder").isEqualTo(parent);
            String folder = site.getValue().getFileName().toString();
            siteByFolder.put(folder, site.getKey());
            pages.put(site.getKey(), Browser.pages(site.getValue()));
            measured.put(site.getKey(), new LinkedHashMap<>());
            for (String p : pages.get(site.getKey())) {
                frames.append("<iframe src=\"").append(folder).append('/').append(p)
                        .append("\" style=\"width:375px;height:900px;border:0\"></iframe>\n");
            }
        }
        Path probe = parent.resolve("_phone-probe.html");
        Files.writeString(probe, PROBE.formatted(frames), StandardCharsets.UTF_8);
        Chromium.Run run = Browser.chromium().dumpDom(probe, List.of("--allow-file-access-from-files", "--hide-scrollbars",
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000"));
        for (String line : Jsoup.parse(run.stdout()).select("#probe").text().split("(?=PAGE )")) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                String[] folderAndPage = m.group(1).split("/", 2);
                measured.get(siteByFolder.get(folderAndPage[0])).put(folderAndPage[1], new Measured(Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(5).strip()));
            }
        }
        run.stderr().lines().filter(l -> l.contains(":CONSOLE")).forEach(consoleLines::add);
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
        assertThat(pages.get("reader fixture")).contains("01-problems/index.html", "notes/appendix/index.html");
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
