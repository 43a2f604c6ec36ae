package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import quod.SamplePages;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.ClientMathRenderer;

/** The SVG of a plot block: accessible, scalable, themable, compact. */
class SvgPlotTest {

    private static final String PAGE = SamplePages.LOOP_AND_PLOT;

    /** The SVG of the page's (only) plot, as the page's HTML has it. */
    private static String svgHtml(String page) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        Diagnostics diagnostics = new Diagnostics();
        ParsedPage parsed = markdown.parse(new SourceText("page.md", page), diagnostics);
        String html = markdown.render(parsed, Computed.of(parsed, diagnostics), new ClientMathRenderer(), diagnostics).html();
        assertThat(diagnostics.sorted()).isEmpty();
        return html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
    }

    private static Document svg(String page) {
        return Jsoup.parse(svgHtml(page), "", Parser.xmlParser());
    }

    @Test
    void accessibleScalableAndThemable() {
        Document d = svg(PAGE);
        Element svg = d.selectFirst("svg");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 640 400");
        assertThat(svg.hasAttr("width")).isFalse();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("quod-plot-15-title quod-plot-15-desc");
        assertThat(d.selectFirst("title#quod-plot-15-title").text()).isEqualTo("Norm of h");
        assertThat(d.selectFirst("desc#quod-plot-15-desc").text())
                .startsWith("Line plot of 2 series over step t from 0 to 29, logarithmic y axis: g from ")
                .contains("; twice g from ");
        assertThat(d.select("polyline.quod-plot-series")).hasSize(2);
        var second = d.selectFirst("polyline.quod-plot-series-2");
        assertThat(second.attr("stroke")).isEqualTo("#ff7f0e");
        assertThat(second.attr("style")).isEqualTo("stroke: var(--plot-2, #ff7f0e)");
        assertThat(second.attr("stroke-dasharray")).isEqualTo("6 3");
        assertThat(d.selectFirst("polyline.quod-plot-series-1").hasAttr("stroke-dasharray")).isFalse();
        assertThat(d.select("polyline").first().attr("points").split(" ")).hasSize(30);
        assertThat(d.select("g.quod-plot-legend text").eachText()).containsExactly("g", "twice g");
    }

    @Test
    void fiftyPointSeriesIsAFewKilobytes() {
        String page = "```compute\nv = zeros(50, 1)\nfor i = 0:49\nv(i) = sin(i / 5)\nend\n```\n```plot\ny: v\n```\n";
        String html = svgHtml(page);
        assertThat(html.length()).isBetween(1000, 4000);
        // One series needs no legend; the index is the default x.
        Document d = Jsoup.parse(html, "", Parser.xmlParser());
        assertThat(d.select("g.quod-plot-legend")).isEmpty();
        assertThat(d.selectFirst("desc").text()).isEqualTo("Line plot of 1 series over index from 0 to 49: v from -0.9962 to 0.9996.");
    }

    @Test
    void explicitXVectorAndNiceLinearTicks() {
        String page = "```compute\nt = [0; 0.5; 1; 1.5]\ny = [0; 1; 4; 9]\n```\n```plot\nx: t\ny: y\nylabel: y < 10 & \"more\"\n```\n";
        Document d = svg(page);
        assertThat(d.select("g.quod-plot-ticks text").eachText()).containsExactly("0", "0.5", "1", "1.5", "0", "2", "4", "6", "8", "10");
        assertThat(d.select("text.quod-plot-label").eachText()).containsExactly("y < 10 & \"more\"");
    }
}
