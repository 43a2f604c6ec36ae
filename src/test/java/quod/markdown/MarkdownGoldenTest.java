package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Markdown + math -> HTML, pinned by {@code src/test/resources/markdown/*.md}. Math goes through the
 * client-side renderer here, whose output is the TeX as KaTeX's auto-render will see it: that makes
 * the goldens show exactly which text the math parser took as math. KaTeX's own output is checked in
 * {@code quod.site.BasicSiteTest} and {@code quod.math.KatexLimitsAndTrustTest}. Regenerate with {@code mvn test -Dquod.updateGoldens=true}.
 */
class MarkdownGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/markdown");
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @TestFactory
    Stream<DynamicTest> markdownAndMathGoldens() throws IOException {
        return goldens("math.md");
    }

    /** Compute blocks and values wherever Markdown allows them, found by the one parser. */
    @TestFactory
    Stream<DynamicTest> directiveGoldens() throws IOException {
        return goldens("directives.md");
    }

    private Stream<DynamicTest> goldens(String name) throws IOException {
        Path file = DIR.resolve(name);
        if (Goldens.updating()) {
            Goldens.update(file, this::render);
        }
        return Goldens.read(file).stream().map(ex -> DynamicTest.dynamicTest(ex.name(),
                () -> assertThat(render(ex.input())).isEqualTo(ex.expected())));
    }

    private String render(String input) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedPage parsed = markdown.parse(new SourceText("test.md", input), diagnostics);
        RenderedPage page = markdown.render(parsed, Computed.of(parsed, diagnostics), new ClientMathRenderer(), diagnostics);
        List<Diagnostic> problems = diagnostics.sorted();
        StringBuilder out = new StringBuilder(page.html());
        for (Diagnostic d : problems) {
            out.append("<!-- ").append(d.headline()).append(" -->\n");
        }
        return out.toString();
    }
}
