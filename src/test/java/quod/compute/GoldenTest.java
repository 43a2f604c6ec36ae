package quod.compute;

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
 * What a reader sees of computations, pinned by {@code src/test/resources/compute/*.md} (format and options:
 * {@link Goldens}, {@link GoldenPage}): each page goes through parse -> compute -> render, so the HTML is
 * the page's, and the dump lists what the compute stage returned (each block's outputs, each value, the
 * passed checks) and the diagnostics. Update: {@code mvn test -Dtest=GoldenTest -Dquod.updateGoldens=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenTest {
    private static final Path DIR = Path.of("src/test/resources/compute");
    private final GoldenPage page = new GoldenPage();

    @AfterAll
    void stop() {
        page.close();
    }

    /** {@code show}: the LaTeX of labels and values, matrices, elision, seeded random numbers. */
    @TestFactory
    Stream<DynamicTest> showGoldens() throws IOException {
        return Goldens.tests(DIR.resolve("show.md"), page::render);
    }

    /** {{ }} values in prose, in math and in code; check marks; number formats. */
    @TestFactory
    Stream<DynamicTest> inlineGoldens() throws IOException {
        return Goldens.tests(DIR.resolve("inline.md"), page::render);
    }

    /** Compute blocks and values in a block quote, a list item, a fenced div and a footnote. */
    @TestFactory
    Stream<DynamicTest> containerGoldens() throws IOException {
        return Goldens.tests(DIR.resolve("containers.md"), page::render);
    }
}
