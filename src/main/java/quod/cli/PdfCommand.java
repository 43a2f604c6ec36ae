package quod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quod.browser.Chromium;

/**
 * {@code quod pdf}: everything {@code quod build} does, then prints {@code print/index.html} to a PDF with a
 * locally installed headless Chromium. Without one the built site stays in place and the command says
 * how to install it.
 */
@Command(name = "pdf", mixinStandardHelpOptions = true, versionProvider = QuodCommand.Version.class,
        description = "Builds the site, then prints all pages to one PDF with headless Chromium "
                + "(found on the PATH or named by " + Chromium.ENV + "). "
                + "Exit status: 0 written, 1 the content has errors, 2 usage error, 3 no Chromium or printing failed, 70 internal error (a bug in Quod).")
final class PdfCommand extends BuildCommand {

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "where to write the PDF (default: print/walkthrough.pdf in the output folder)")
    Path pdf;

    /** The values of --paper as typed; lower case, so picocli's message for a bad value names what to type. */
    enum Paper {
        a4(Chromium.Paper.A4), letter(Chromium.Paper.LETTER);

        final Chromium.Paper size;

        Paper(Chromium.Paper size) {
            this.size = size;
        }
    }

    @Option(names = "--paper", paramLabel = "SIZE", description = "a4 or letter (default: the page's CSS @page size, "
            + "which in the bundled theme leaves Chromium's default, letter)")
    Paper paper;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "give up on Chromium after this long (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 120;

    /** Where QUOD_CHROMIUM and PATH are read; tests replace it. */
    java.util.Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        int built = super.call();
        if (built != 0) {
            return built;
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path target = pdf != null ? pdf : out.resolve("print").resolve("walkthrough.pdf");
        try {
            Optional<Path> browser = Chromium.locate(environment);
            if (browser.isEmpty()) {
                err.println("quod pdf: no Chromium found (looked for " + String.join(", ", Chromium.NAMES)
                        + " on the PATH); " + Chromium.HOW_TO_INSTALL + ". The site was built; "
                        + "you can also open " + display(out.resolve("print/index.html"))
                        + " in a browser and print it to PDF.");
                err.flush();
                return 3;
            }
            new Chromium(browser.get(), Duration.ofSeconds(timeoutSeconds))
                    .printToPdf(out.resolve("print").resolve("index.html"), target, paper == null ? null : paper.size);
        } catch (Chromium.BrowserException e) {
            err.println("quod pdf: " + e.getMessage());
            err.flush();
            return 3;
        }
        stdout.println("Printed all pages -> " + display(target));
        stdout.flush();
        return 0;
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
