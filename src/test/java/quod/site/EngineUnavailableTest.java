package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.math.EngineUnavailable;

/** Where V8 cannot load, the build says so plainly, points to --math client, and writes nothing. */
class EngineUnavailableTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path tmp;

    @Test
    void aMissingNativeLibraryIsOneErrorSuggestingClientMath() {
        BuildResult result = new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("site"), null), katex -> {
            throw new EngineUnavailable("cannot start the V8 JavaScript engine (Javet) on Plan 9 mips: "
                    + "no native library", new UnsatisfiedLinkError("libjavet"));
        }).run();

        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.headline())
                .endsWith("content: cannot start the V8 JavaScript engine (Javet) on Plan 9 mips: no native library; "
                        + "build with '--math client' to render math in the reader's browser instead"));
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void clientMathNeedsNoEngineAtAll() {
        BuildResult result = new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("site"), null)
                .withMathMode(BuildOptions.MathMode.CLIENT), katex -> {
                    throw new AssertionError("client math must not start an engine");
                }).run();
        assertThat(result.succeeded()).isTrue();
    }
}
