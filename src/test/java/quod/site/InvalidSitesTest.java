package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import quod.Goldens;
import quod.diagnostics.Diagnostic;

/**
 * Every site under {@code src/test/resources/sites-invalid/} must fail to build with exactly the
 * diagnostics in its {@code expected.txt} (one headline per line, paths relative to the fixture), and
 * must leave an existing output folder untouched. A fixture with a file named {@code strict} is built with
 * {@code --strict} (warnings fail the build). {@code -Dquod.updateGoldens=true} rewrites expected.txt.
 */
class InvalidSitesTest {
    private static final Path DIR = Path.of("src/test/resources/sites-invalid");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> invalidSitesFailWithPositionedMessages() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> list = Files.list(DIR)) {
            fixtures = list.filter(Files::isDirectory).sorted().toList();
        }
        return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> check(fixture)));
    }

    private void check(Path fixture) throws IOException {
        Path out = tmp.resolve(fixture.getFileName().toString()).resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.html"), "the previous build");
        Files.writeString(out.resolve(OutputMarker.NAME), "Built by Quod");

        BuildOptions options = Fixtures.options(fixture, out, null);
        if (Files.exists(fixture.resolve("strict"))) {
            options = new BuildOptions(options.source(), options.templates(), out, null, options.mathMode(), null, true);
        }
        BuildResult result = new SiteBuild(options).run();

        String prefix = fixture.toString().replace('\\', '/') + "/";
        List<String> actual = result.diagnostics().stream()
                .map(Diagnostic::headline).map(h -> h.replace(prefix, "")).toList();
        Path expectedFile = fixture.resolve("expected.txt");
        if (Goldens.updating()) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(result.succeeded()).isFalse();
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
        assertThat(Fixtures.tree(out).keySet()).containsExactly(OutputMarker.NAME, "previous.html");
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }
}
