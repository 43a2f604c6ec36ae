package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.QuodVersion;
import quod.math.KatexOptions;

/** {@code --math client}: TeX is left for KaTeX's auto-render, whose scripts ship with the site. */
class ClientMathTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path tmp;

    @Test
    void pagesCarryTexAndLoadKatexAndAutoRenderFromTheSite() throws IOException {
        Path out = tmp.resolve("site");
        BuildResult result = new SiteBuild(Fixtures.options(FIXTURE, out, tmp.resolve("cache"))
                .withMathMode(BuildOptions.MathMode.CLIENT)).run();

        assertThat(result.succeeded()).isTrue();
        assertThat(result.engineStarted()).isFalse();
        Document first = Jsoup.parse(out.resolve("01-first/index.html").toFile(), "UTF-8");
        assertThat(first.select(".katex")).isEmpty();
        assertThat(first.select(".katex-pending").eachText()).contains("\\(a_1 * b_2 = c_{12}^*\\)");
        assertThat(first.select(".katex-display-pending").text()).startsWith("\\[\\begin{aligned}");
        assertThat(first.select("script[src]").eachAttr("src")).containsExactly(
                "../assets/quod.js", "../assets/quod-search.js", "../assets/katex/contrib/copy-tex.min.js", "../assets/katex/katex.min.js", "../assets/katex/contrib/auto-render.min.js",
                "../assets/quod-client-math.js");
        // the browser's KaTeX gets the settings server mode renders with: macros, maxSize, maxExpand, trust
        assertThat(first.select("script#quod-katex-options").html()).isEqualTo(new KatexOptions(
                QuodVersion.current().katex(), Map.of("\\R", "\\mathbb{R}"), List.of()).json())
                .contains("\"maxSize\":50,\"maxExpand\":1000");
        assertThat(out.resolve("assets/katex/katex.min.js")).exists();
        assertThat(out.resolve("assets/katex/contrib/auto-render.min.js")).exists();
        assertThat(out.resolve("assets/quod-client-math.js")).exists();
    }
}
