package quod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The command line: exit statuses, the summary line, and errors printed like a compiler's. */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class MainTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedStreams streams = new CapturedStreams();

    private String stdout() {
        return streams.stdout();
    }

    private String stderr() {
        return streams.stderr();
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
    void timingsPrintOneLinePerStageAfterTheSummary() {
        int status = Main.run("build", "--source", "src/test/resources/sites/basic/content",
                "--out", tmp.resolve("site").toString(), "--no-cache", "--timings");
        assertThat(status).isZero();
        var lines = stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("Built 4 pages");
        assertThat(lines.subList(1, lines.size()))
                .extracting(l -> l.strip().split(" +")[0])
                .containsExactly("load", "parse", "compute", "render", "search", "templates", "write");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("  [a-z]+ +\\d+\\.\\d ms"));
    }

    @Test
    void checksListsEveryCheckWithItsSlackAndStrictRefusesOneThatCanHardlyFail() throws Exception {
        java.nio.file.Path content = tmp.resolve("content");
        java.nio.file.Files.createDirectories(content);
        java.nio.file.Files.writeString(content.resolve("site.yml"), "title: Checks\n");
        java.nio.file.Files.writeString(content.resolve("a.md"), "---\ntitle: A\n---\n\n```compute\n"
                + "x = 39.2\ncheck abs(x - 40) < 2\ng = 4.2e-21\ncheck g < 0.1\n```\n");
        String site = tmp.resolve("site").toString();

        assertThat(Main.run("build", "--source", content.toString(), "--out", site, "--no-cache", "--checks")).isZero();
        assertThat(stdout()).contains("a.md:7:7: slack 0.60: abs(x - 40) = 0.8 < 2\n")
                .contains("a.md:9:7: slack 1.0, 19.4 orders of magnitude: g = 4.2e-21 < 0.1\n"
                        + "    flagged: it is more than 3 orders of magnitude inside its bound\n")
                .contains("2 checks, 1 flagged\n");
        assertThat(stderr()).contains("a.md:9:7: warning: check 'g < 0.1' can hardly fail");

        streams.resetStderr();
        java.nio.file.Files.writeString(tmp.resolve("site/marker.txt"), "kept");
        assertThat(Main.run("build", "--source", content.toString(), "--out", site, "--no-cache", "--checks",
                "--strict")).isEqualTo(1);
        assertThat(stderr()).contains("a.md:9:7: warning: check 'g < 0.1' can hardly fail")
                .contains("Build failed: 0 errors, 1 warning; " + site + "/ was left as it was");
        assertThat(tmp.resolve("site/marker.txt")).hasContent("kept");
        // without --checks the same content builds under --strict: the audit is asked for, not imposed
        assertThat(Main.run("build", "--source", content.toString(), "--out", site, "--no-cache", "--strict")).isZero();
    }

    @Test
    void mathOptionTakesItsValuesAsTyped() {
        assertThat(Main.run("build", "--source", "src/test/resources/sites/basic/content",
                "--out", tmp.resolve("site").toString(), "--no-cache", "--math", "client")).isZero();
        assertThat(Main.run("build", "--math", "Client")).isEqualTo(2);
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
        assertThat(stderr()).contains("Invalid value for option '--math': expected one of [server, client] "
                + "(case-sensitive) but was 'sometimes'");
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

    @Test
    void anOutputFolderQuodDidNotMakeIsRefusedWithExitTwoAndNotTouched() throws java.io.IOException {
        Path docs = java.nio.file.Files.createDirectories(tmp.resolve("docs"));
        java.nio.file.Files.writeString(docs.resolve("thesis.tex"), "years of work");
        int status = Main.run("build", "--source", "src/test/resources/sites/basic/content", "--out", docs.toString(), "--no-cache");
        assertThat(status).isEqualTo(2);
        assertThat(stderr()).isEqualTo("--out " + docs + ": is not empty and was not built by Quod (it has no "
                + ".quod-site file, and holds 'thesis.tex'); Quod replaces the whole output folder, so it builds only "
                + "into a new or empty folder or one it built before: name another folder, or empty this one yourself\n");
        assertThat(java.nio.file.Files.readString(docs.resolve("thesis.tex"))).isEqualTo("years of work");
        try (var list = java.nio.file.Files.list(tmp)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("docs");
        }
    }

    @Test
    void aTemplatesFolderNamedOnTheCommandLineThatDoesNotExistIsRefusedWithExitTwo() {
        int status = Main.run("build", "--source", "src/test/resources/sites/basic/content", "--templates", "no-such-theme",
                "--out", tmp.resolve("site").toString(), "--no-cache");

        assertThat(status).isEqualTo(2);
        assertThat(stderr()).isEqualTo("--templates no-such-theme: no such folder; leave out --templates to build with "
                + "the bundled theme\n");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void aFailedBuildWithNoEarlierSiteSaysNothingWasWritten() {
        int status = Main.run("build", "--source", "src/test/resources/sites-invalid/missing-title/content",
                "--out", tmp.resolve("site").toString(), "--no-cache");
        assertThat(status).isEqualTo(1);
        assertThat(stderr()).endsWith("; nothing was written\n");
    }

    /** A command with a bug in it, standing for any bug in Quod. */
    @picocli.CommandLine.Command(name = "quod", subcommands = {Buggy.Crash.class, Buggy.Overflow.class})
    static final class Buggy {
        @picocli.CommandLine.Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT)
        boolean debug;

        @picocli.CommandLine.Command(name = "crash")
        static final class Crash implements Runnable {
            @Override
            public void run() {
                throw new IllegalStateException("index out of step");
            }
        }

        @picocli.CommandLine.Command(name = "overflow")
        static final class Overflow implements Runnable {
            @Override
            public void run() {
                throw new StackOverflowError();
            }
        }
    }

    @Test
    void aBugInQuodExitsSeventyWithOneLineSayingSoAndTheTraceOnlyUnderDebug() {
        assertThat(Main.run(new Buggy(), "crash")).isEqualTo(70);
        assertThat(stderr()).isEqualTo("quod: internal error (a bug in Quod, not in your files): "
                + "java.lang.IllegalStateException: index out of step; run again with --debug for the stack trace, "
                + "and please report it\n");
        streams.resetStderr();
        assertThat(Main.run(new Buggy(), "overflow")).isEqualTo(70);
        assertThat(stderr()).startsWith("quod: internal error (a bug in Quod, not in your files): java.lang.StackOverflowError;")
                .doesNotContain("\tat ");
        streams.resetStderr();
        assertThat(Main.run(new Buggy(), "crash", "--debug")).isEqualTo(70);
        assertThat(stderr()).startsWith("quod: internal error (a bug in Quod, not in your files): "
                + "java.lang.IllegalStateException: index out of step\njava.lang.IllegalStateException: index out of step\n\tat ");
    }
}
