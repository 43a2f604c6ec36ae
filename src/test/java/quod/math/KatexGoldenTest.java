package quod.math;

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
 * KaTeX's HTML for typical formulas as a {@code --math server} build writes it, pinned by
 * {@code src/test/resources/math/katex.md} (format and options: {@link Goldens}, {@link GoldenPage}). One
 * KaTeX engine serves the whole class. Update: {@code mvn test -Dtest=KatexGoldenTest -Dquod.updateGoldens=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KatexGoldenTest {
    private final GoldenPage page = new GoldenPage();

    @AfterAll
    void stop() {
        page.close();
    }

    @TestFactory
    Stream<DynamicTest> serverRenderedMathGoldens() throws IOException {
        return Goldens.tests(Path.of("src/test/resources/math/katex.md"), page::render);
    }
}
