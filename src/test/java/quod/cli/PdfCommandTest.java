package quod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import picocli.CommandLine;

/** {@code quod pdf} without a browser: the site is built, the command says how to get Chromium, exit 3. */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class PdfCommandTest {
    @TempDir
    Path tmp;

    @Test
    void withoutChromiumTheSiteIsBuiltAndTheCommandSaysHowToInstallIt() {
        PdfCommand pdf = new PdfCommand();
        pdf.environment = Map.of("PATH", tmp.toString());
        CommandLine cli = new CommandLine(pdf);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("--source", "src/test/resources/sites/basic/content",
                "--out", tmp.resolve("site").toString(), "--no-cache");
        assertThat(status).isEqualTo(3);
        assertThat(out.toString()).as("stderr: " + err).startsWith("Built 4 pages");
        assertThat(err.toString()).contains("quod pdf: no Chromium found")
                .contains("apt-get install chromium").contains("QUOD_CHROMIUM")
                .contains("The site was built");
        assertThat(tmp.resolve("site/print/index.html")).exists();
        assertThat(tmp.resolve("site/print/walkthrough.pdf")).doesNotExist();
    }

    @Test
    void aBrokenSiteStopsBeforeTheBrowserWithTheBuildsExitStatus() {
        PdfCommand pdf = new PdfCommand();
        pdf.environment = Map.of("PATH", tmp.toString());
        CommandLine cli = new CommandLine(pdf);
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("--source", "src/test/resources/sites-invalid/bad-latex/content",
                "--out", tmp.resolve("site").toString(), "--no-cache")).isEqualTo(1);
    }

    @Test
    void aPaperSizeOtherThanA4OrLetterIsAUsageErrorNamingBoth() {
        PdfCommand pdf = new PdfCommand();
        pdf.environment = Map.of("PATH", tmp.toString());
        CommandLine cli = new CommandLine(pdf);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--paper", "A5", "--source", "src/test/resources/sites/basic/content",
                "--out", tmp.resolve("site").toString(), "--no-cache")).isEqualTo(2);
        assertThat(err.toString()).contains("--paper").contains("a4, letter");
        assertThat(tmp.resolve("site")).doesNotExist();
    }
}
