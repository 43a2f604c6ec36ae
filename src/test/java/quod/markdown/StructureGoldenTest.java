package quod.markdown;

import quod.page.Heading;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import quod.Goldens;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.ClientMathRenderer;

/**
 * Fenced divs, equation numbers and references -> HTML, pinned by
 * {@code src/test/resources/markdown/structure.md}. Each example is rendered as page {@code hw/this}
 * of a site that also has page {@code other} (see {@link #OTHER}); an example whose name contains
 * "collapsed" is rendered with {@code solutions: collapsed}. After the HTML come the page's
 * table-of-contents entries and its diagnostics, as comments.
 * Regenerate with {@code mvn test -Dtest=StructureGoldenTest -Dquod.updateGoldens=true}.
 */
class StructureGoldenTest {
    private static final Path FILE = Path.of("src/test/resources/markdown/structure.md");
    /** The other page of the example site: eq:first is (1) there, eq:second is (2). */
    private static final String OTHER = "$$ a $$ {#eq:first}\n\n$$ b $$ {#eq:second}\n";
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @TestFactory
    Stream<DynamicTest> structureGoldens() throws IOException {
        if (Goldens.updating()) {
            Goldens.update(FILE, (name, input) -> render(input, name.contains("collapsed")));
        }
        return Goldens.read(FILE).stream().map(ex -> DynamicTest.dynamicTest(ex.name(),
                () -> assertThat(render(ex.input(), ex.name().contains("collapsed"))).isEqualTo(ex.expected())));
    }

    private String render(String input, boolean collapsed) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, ParsedPage> site = new LinkedHashMap<>();
        site.put("hw/this", markdown.parse(new SourceText("this.md", input), diagnostics));
        site.put("other", markdown.parse(new SourceText("other.md", OTHER), diagnostics));
        EquationIndex equations = EquationIndex.collect(site, diagnostics);
        RenderedPage page = markdown.render(site.get("hw/this"), Computed.of(site.get("hw/this"), diagnostics),
                new ClientMathRenderer(), diagnostics,
                new PageSetup("hw/this", !collapsed, equations));
        StringBuilder out = new StringBuilder(page.html());
        for (Heading h : page.headings()) {
            out.append("<!-- toc ").append(h.level()).append(" #").append(h.id()).append(' ').append(h.text()).append(" -->\n");
        }
        for (Diagnostic d : diagnostics.sorted()) {
            out.append("<!-- ").append(d.headline()).append(" -->\n");
        }
        return out.toString();
    }
}
