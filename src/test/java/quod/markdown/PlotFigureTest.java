package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.ClientMathRenderer;

/** The figure of a plot block: lines in a stretching SVG, text in HTML, accessible, themable, compact. */
class PlotFigureTest {

    /** A page like the walkthrough's: a loop filling a vector, then a plot of it (fence on line 14). */
    private static final String PAGE = """
            ```compute
            W = randn(4, 4) / 2
            Q = randorth(4)
            h = ones(4, 1)
            g = zeros(30, 1)
            for t = 0:29
              h = tanh(W*h + 0.1*randn(4, 1))
              g(t) = norm2(h) + 0.01
            end
            show W
            check normF(Q'*Q - eye(4)) < 1e-12
            ```
            The last norm is {{ g(29) }}.
            ```plot
            title: Norm of $h_t$ & more
            y: g, 2*g
            legend: g, twice $g$
            xlabel: step $t$
            yscale: log
            ```
            """;

    /** The page's (only) plot figure, as the page's HTML has it (formulas left for the browser's KaTeX). */
    static Element figure(String page) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        Diagnostics diagnostics = new Diagnostics();
        ParsedPage parsed = markdown.parse(new SourceText("page.md", page), diagnostics);
        String html = markdown.render(parsed, Computed.of(parsed, diagnostics), new ClientMathRenderer(), diagnostics).html();
        assertThat(diagnostics.sorted()).isEmpty();
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("figure.plot")).hasSize(1);
        return d.selectFirst("figure.plot");
    }

    @Test
    void theSvgIsTheAccessibleImageAndTheVisibleTextIsHiddenFromScreenReaders() {
        Element fig = figure(PAGE);
        assertThat(fig.id()).isEqualTo("quod-plot-14");
        Element svg = fig.selectFirst("svg.plot-lines");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("quod-plot-14-title quod-plot-14-desc");
        // formulas as their TeX where no markup goes
        assertThat(svg.selectFirst("title#quod-plot-14-title").text()).isEqualTo("Norm of h_t & more");
        assertThat(svg.selectFirst("desc#quod-plot-14-desc").text())
                .startsWith("Line plot of 2 series over step t from 0 to 29, logarithmic y axis: g from ")
                .contains("; twice g from ");
        assertThat(svg.select("text, foreignObject")).as("no text inside the stretched SVG").isEmpty();
        for (Element visible : fig.select(".plot-title, .plot-legend, .plot-yticks, .plot-xticks, .plot-xlabel")) {
            assertThat(visible.attr("aria-hidden")).as(visible.className()).isEqualTo("true");
        }
    }

    @Test
    void linesStretchToTheAreaButKeepTheirWidthAndTheThemesColours() {
        Element svg = figure(PAGE).selectFirst("svg.plot-lines");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 1000 600");
        assertThat(svg.attr("preserveAspectRatio")).isEqualTo("none");
        assertThat(svg.hasAttr("width")).isFalse();
        assertThat(svg.select("polyline.plot-series")).hasSize(2);
        assertThat(svg.select("polyline, path").eachAttr("vector-effect")).containsOnly("non-scaling-stroke");
        Element second = svg.selectFirst("polyline.plot-series-2");
        assertThat(second.attr("stroke")).isEqualTo("#ff7f0e");
        assertThat(second.attr("style")).isEqualTo("stroke: var(--plot-2, #ff7f0e)");
        assertThat(second.attr("stroke-dasharray")).isEqualTo("6 3");
        assertThat(svg.selectFirst("polyline.plot-series-1").hasAttr("stroke-dasharray")).isFalse();
        assertThat(svg.selectFirst("polyline").attr("points").split(" ")).hasSize(30);
    }

    @Test
    void labelsMayHoldFormulasAndTheirTextIsEscaped() {
        Element fig = figure(PAGE);
        Element title = fig.selectFirst(".plot-title");
        assertThat(title.select(".katex-pending").eachText()).containsExactly("\\(h_t\\)");
        assertThat(title.html()).endsWith(" &amp; more");
        assertThat(fig.select(".plot-legend li").eachText()).containsExactly("g", "twice \\(g\\)");
        assertThat(fig.select(".plot-legend li .plot-key path")).hasSize(2);
        assertThat(fig.selectFirst(".plot-xlabel").select(".katex-pending").text()).isEqualTo("\\(t\\)");
    }

    @Test
    void theLegendStandsAboveThePlotAreaEvenWhenASeriesFillsTheUpperRightCorner() {
        // A series rising to its maximum at the right end fills the corner where legends usually sit.
        String page = "```compute\nx = zeros(20, 1)\nfor i = 0:19\nx(i) = i * i\nend\n```\n"
                + "```plot\ny: x, x / 2\nlegend: rising, half\n```\n";
        Element fig = figure(page);
        Element legend = fig.selectFirst("ul.plot-legend");
        assertThat(legend.nextElementSibling().className()).isEqualTo("plot-body");
        assertThat(fig.selectFirst(".plot-area").select("ul, li, text")).as("nothing drawn over the data").isEmpty();
    }

    @Test
    void logTicksReadAsPowersOfTenAndEachSitsAtItsHeight() {
        Element fig = figure(PAGE);
        var ticks = fig.select(".plot-yticks > span");
        assertThat(ticks).isNotEmpty();
        for (Element t : ticks) {
            assertThat(t.html()).matches("10<sup>\u2212?\\d+</sup>");
            assertThat(t.attr("style")).matches("top: \\d+\\.\\d%");
        }
        assertThat(ticks.first().attr("style")).isEqualTo("top: 100.0%");
        assertThat(ticks.last().attr("style")).isEqualTo("top: 0.0%");
    }

    @Test
    void manyXTicksMarkEveryOtherLabelToHideOnANarrowPlot() {
        // x from 1 to 11 in steps of 2 from 0 to 12: 7 ticks, more than a phone-wide plot has room to label
        String page = "```compute\nx = zeros(11, 1)\ny = zeros(11, 1)\nfor i = 0:10\nx(i) = i + 1\ny(i) = i\nend\n```\n"
                + "```plot\nx: x\ny: y\n```\n";
        var ticks = figure(page).select(".plot-xticks > span");
        assertThat(ticks.eachText()).containsExactly("0", "2", "4", "6", "8", "10", "12");
        for (int i = 0; i < ticks.size(); i++) {
            assertThat(ticks.get(i).hasClass("plot-tick-minor")).as("label " + i).isEqualTo(i % 2 == 1);
        }
        assertThat(figure(PAGE).select(".plot-xticks > .plot-tick-minor")).as("4 ticks all fit").isEmpty();
    }

    @Test
    void fiftyPointSeriesIsAFewKilobytesAndOneSeriesNeedsNoLegend() {
        String page = "```compute\nv = zeros(50, 1)\nfor i = 0:49\nv(i) = sin(i / 5)\nend\n```\n```plot\ny: v\n```\n";
        Element fig = figure(page);
        assertThat(fig.outerHtml().length()).isBetween(1000, 5000);
        assertThat(fig.select(".plot-legend")).isEmpty();
        assertThat(fig.selectFirst("desc").text()).isEqualTo("Line plot of 1 series over index from 0 to 49: v from -0.9962 to 0.9996.");
    }

    @Test
    void explicitXVectorAndOneFormatPerLinearAxis() {
        String page = "```compute\nt = [0; 0.5; 1; 1.5]\ny = [0; 1; 4; 9]\n```\n```plot\nx: t\ny: y\nylabel: y < 10 & \"more\"\n```\n";
        Element fig = figure(page);
        assertThat(fig.select(".plot-xticks > span").eachText()).containsExactly("0.0", "0.5", "1.0", "1.5");
        assertThat(fig.select(".plot-yticks > span").eachText()).containsExactly("0", "2", "4", "6", "8", "10");
        assertThat(fig.selectFirst(".plot-ylabel").text()).isEqualTo("y < 10 & \"more\"");
    }
}
