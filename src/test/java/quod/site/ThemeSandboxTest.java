package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostic;

/** A theme cannot run programs at build time, nor publish files from outside its folder. */
class ThemeSandboxTest {
    private static final Path EXECUTE = Path.of("src/test/resources/sites-invalid/template-execute");
    private static final Path BASIC = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path tmp;

    @Test
    void aTemplateCallingExecuteFailsTheBuildAndRunsNothing() throws IOException {
        Path marker = Path.of("target/template-execute-ran"); // what the fixture's template tries to create
        Files.deleteIfExists(marker);

        BuildResult result = new SiteBuild(Fixtures.options(EXECUTE, tmp.resolve("site"), null)).run();

        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::headline).singleElement().asString()
                .endsWith("templates/page.ftlh:4:4: template error: Instantiating freemarker.template.utility.Execute "
                        + "is not allowed in the template for security reasons.");
        assertThat(marker).doesNotExist();
    }

    @Test
    void anAssetLinkingOutsideTheThemeIsAnErrorAndIsNotPublished() throws IOException {
        Path templates = tmp.resolve("theme");
        CacheAndDeterminismTest.copyTree(Fixtures.PROJECT_TEMPLATES, templates);
        Path secret = Files.writeString(tmp.resolve("id_rsa"), "PRIVATE KEY");
        Files.createSymbolicLink(templates.resolve("assets/key.txt"), secret);
        Path out = tmp.resolve("site");
        BuildOptions options = Fixtures.options(BASIC, out, null);

        BuildResult result = new SiteBuild(new BuildOptions(options.source(), templates, out, null, options.mathMode(),
                null, false)).run();

        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::headline).singleElement().asString()
                .endsWith("theme/assets/key.txt: links to a file outside the assets folder; "
                        + "a theme may only publish its own files");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("theme", "id_rsa");
        }
    }
}
