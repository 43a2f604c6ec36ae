package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.site.BuildOptions;
import quod.site.BuildResult;
import quod.site.SiteBuild;

/** {@code --math client} in a real browser: KaTeX's auto-render turns every formula into KaTeX HTML. */
class ClientMathBrowserTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path tmp;

    @Test
    void everyFormulaIsRenderedInTheBrowserWithTheSiteMacros() throws Exception {
        Chromium chromium = Browser.chromium();
        Path out = tmp.resolve("site");
        BuildResult result = new SiteBuild(new BuildOptions(FIXTURE.resolve("content"), Path.of("templates"), out,
                null, BuildOptions.MathMode.CLIENT, null, false)).run();
        assertThat(result.succeeded()).isTrue();

        Chromium.Run run = chromium.dumpDom(out.resolve("01-first/index.html"), List.of("--virtual-time-budget=5000"));
        Document dom = Jsoup.parse(run.stdout());

        assertThat(dom.select(".katex")).hasSize(5);
        assertThat(dom.select(".katex-display")).hasSize(1);
        assertThat(dom.select(".katex-error")).isEmpty();
        dom.select(".katex").remove();
        assertThat(dom.select(".content").text()).doesNotContain("\\(").doesNotContain("\\[");

        Document home = Jsoup.parse(chromium.dumpDom(out.resolve("index.html"), List.of("--virtual-time-budget=5000")).stdout());
        assertThat(home.select(".katex annotation").eachText()).contains("\\R^n");
        assertThat(home.select(".katex .mathbb")).isNotEmpty();
    }
}
