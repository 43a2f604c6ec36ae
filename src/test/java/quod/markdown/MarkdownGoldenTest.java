package quod.markdown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import quod.GoldenPage;
import quod.Goldens;

/**
 * Markdown -> HTML as a reader gets it, pinned by {@code src/test/resources/markdown/*.md} (format and
 * options: {@link Goldens}, {@link GoldenPage}). Math goes through the client renderer unless an example
 * asks for {@code server-math}: its output is the TeX as KaTeX's auto-render will see it, which shows
 * exactly which text the math parser took as math. Update: {@code mvn test -Dquod.updateGoldens=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkdownGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/markdown");
    private final GoldenPage page = new GoldenPage();

    @AfterAll
    void stop() {
        page.close();
    }

    /** Inline and display math: what the parser takes as math, and what stays text. */
    @TestFactory
    Stream<DynamicTest> markdownAndMathGoldens() throws IOException {
        return Goldens.tests(DIR.resolve("math.md"), page::render);
    }

    /** Compute blocks and values wherever Markdown allows them, found by the one parser. */
    @TestFactory
    Stream<DynamicTest> directiveGoldens() throws IOException {
        return Goldens.tests(DIR.resolve("directives.md"), page::render);
    }

    /** Links and images relative to the Markdown file, links to pages' Markdown files, and the page's one h1. */
    @TestFactory
    Stream<DynamicTest> linkGoldens() throws IOException {
        return Goldens.tests(DIR.resolve("links.md"), page::render);
    }

    /** Fenced divs, problems, solutions, equation numbers and references, and the contents they make. */
    @TestFactory
    Stream<DynamicTest> structureGoldens() throws IOException {
        return Goldens.tests(DIR.resolve("structure.md"), page::render);
    }

    /** Numbered environments, figures, tables and problems, and references to them within and across pages. */
    @TestFactory
    Stream<DynamicTest> referenceGoldens() throws IOException {
        return Goldens.tests(DIR.resolve("references.md"), page::render);
    }

    /** Citations in every form Pandoc has, what is not a citation, the reference list, and unknown keys. */
    @TestFactory
    Stream<DynamicTest> citationGoldens() throws IOException {
        return Goldens.tests(DIR.resolve("citations.md"), page::render);
    }
}
