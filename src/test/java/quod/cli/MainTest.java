package quod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit statuses, the summary line, and errors printed like a compiler's. */
class MainTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void successfulBuildExitsZeroAndPrintsOneSummaryLine() {
        int status = Main.run("build", "--source", "src/test/resources/sites/basic/content",
                "--out", tmp.resolve("site").toString(), "--cache", tmp.resolve("cache").toString());
        assertThat(status).isZero();
        assertThat(stdout().lines().toList()).singleElement().asString()
                .matches("Built 4 pages, 9 formulas \\(\\d+ from cache\\), 0 checks passed in \\d+\\.\\d\\d s -> .*site/");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void contentErrorsExitOneWithCompilerStyleMessagesAndNoStackTrace() {
        int status = Main.run("build", "--source", "src/test/resources/sites-invalid/bad-latex/content",
                "--out", tmp.resolve("site").toString(), "--no-cache");
        assertThat(status).isEqualTo(1);
        assertThat(stderr())
                .contains("src/test/resources/sites-invalid/bad-latex/content/a.md:10:6: bad LaTeX: Undefined control sequence: \\undefinedmacro\n"
                        + "    y &= \\undefinedmacro{2}\n"
                        + "         ^\n")
                .contains("Build failed: 3 errors; ")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Main.run("build", "--math", "sometimes")).isEqualTo(2);
        assertThat(stderr()).contains("--math must be 'server' or 'client', not 'sometimes'");
        assertThat(Main.run("build", "--no-such-option")).isEqualTo(2);
        assertThat(Main.run("frobnicate")).isEqualTo(2);
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(Main.run("--version")).isZero();
        assertThat(stdout()).startsWith("quod 0.1.0 (KaTeX 0.16.47");
        assertThat(Main.run("build", "--help")).isZero();
        assertThat(stdout()).contains("--base-url=URL").contains("--math=MODE");
    }
}
