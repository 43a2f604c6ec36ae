package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.site.BuildOptions;
import quod.site.BuildResult;
import quod.site.SiteBuild;

/**
 * {@code --math client} in a real browser: KaTeX's auto-render turns every formula into KaTeX HTML.
 * One browser run: a probe page loads both pages in frames and, once they loaded (auto-render runs on
 * DOMContentLoaded, before a frame's load), writes each frame's DOM into its own, which
 * {@code --dump-dom} returns.
 */
class ClientMathBrowserTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/basic");
    private static final List<String> PAGES = List.of("01-first/index.html", "index.html");
    private static final String PROBE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>probe</title></head><body>
            %s
            <script>
            addEventListener("load", function () {
              document.querySelectorAll("iframe").forEach(function (f, i) {
                var pre = document.createElement("pre");
                pre.id = "frame-" + i;
                pre.textContent = f.contentDocument.documentElement.outerHTML;
                document.body.appendChild(pre);
              });
            });
            </script></body></html>
            """;

    @TempDir
    Path tmp;

    @Test
    void everyFormulaIsRenderedInTheBrowserWithTheSiteMacros() throws Exception {
        Chromium chromium = Browser.chromium();
        Path out = tmp.resolve("site");
        BuildResult result = new SiteBuild(new BuildOptions(FIXTURE.resolve("content"), Path.of("templates"), out,
                null, BuildOptions.MathMode.CLIENT, null, false)).run();
        assertThat(result.succeeded()).isTrue();
        StringBuilder frames = new StringBuilder();
        for (String page : PAGES) {
            frames.append("<iframe src=\"").append(page).append("\"></iframe>\n");
        }
        Path probe = out.resolve("_client-probe.html");
        Files.writeString(probe, PROBE.formatted(frames), StandardCharsets.UTF_8);
        Document probed = Jsoup.parse(chromium.dumpDom(probe,
                List.of("--allow-file-access-from-files", "--virtual-time-budget=5000")).stdout());
        assertThat(probed.select("pre[id^=frame-]")).as("frames the probe read").hasSize(PAGES.size());

        Document dom = Jsoup.parse(probed.getElementById("frame-0").wholeText());
        assertThat(dom.select(".katex")).hasSize(5);
        assertThat(dom.select(".katex-display")).hasSize(1);
        assertThat(dom.select(".katex-error")).isEmpty();
        dom.select(".katex").remove();
        assertThat(dom.select(".content").text()).doesNotContain("\\(").doesNotContain("\\[");

        Document home = Jsoup.parse(probed.getElementById("frame-1").wholeText());
        assertThat(home.select(".katex annotation").eachText()).contains("\\R^n");
        assertThat(home.select(".katex .mathbb")).isNotEmpty();
    }
}
