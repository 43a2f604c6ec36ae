package quod.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import quod.site.BuildOptions;
import quod.site.BuildResult;
import quod.site.SiteBuild;

/**
 * What the browser tests share: the local Chromium (the tests are skipped without one, unless
 * {@code QUOD_REQUIRE_BROWSER=1}, as in CI, makes that a failure), external tools, and built sites.
 */
final class Browser {
    static final Path READER_FIXTURE = Path.of("src/test/resources/sites/reader");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /**
     * The lock every class that drives {@link DevTools#shared()} holds ({@code @ResourceLock(Browser.LOCK)}):
     * test classes run two at a time (junit-platform.properties), and the shared browser has one page. Classes
     * that start a Chromium of their own for one run ({@code --print-to-pdf}, {@code --dump-dom}) need no lock.
     */
    static final String LOCK = "quod.shared-browser";

    private Browser() {
    }

    /** Whether a Chromium is installed; for {@code @BeforeAll}, which then leaves skipping to each test. */
    static boolean available() {
        try {
            return Chromium.locate(System.getenv()).isPresent();
        } catch (Chromium.BrowserException e) {
            return false;
        }
    }

    /**
     * The installed Chromium, or the test is skipped (or failed, when a browser is required). Call it
     * in {@code @BeforeEach}: a skip in {@code @BeforeAll} is reported as no tests at all, without the reason.
     */
    static Chromium chromium() {
        Optional<Path> found;
        try {
            found = Chromium.locate(System.getenv());
        } catch (Chromium.BrowserException e) {
            return fail(e.getMessage());
        }
        require(found.isPresent(), "no Chromium found on the PATH or in " + Chromium.ENV + "; " + Chromium.HOW_TO_INSTALL);
        return new Chromium(found.get(), Duration.ofSeconds(90));
    }

    /** Skips the test with {@code message} when {@code ok} is false, or fails it when a browser is required. */
    static void require(boolean ok, String message) {
        if (ok) {
            return;
        }
        if ("1".equals(System.getenv("QUOD_REQUIRE_BROWSER"))) {
            fail(message + " (QUOD_REQUIRE_BROWSER=1 makes browser tests mandatory)");
        }
        Assumptions.abort("browser test skipped: " + message);
    }

    /** Whether {@code command} runs (for pdftotext). */
    static boolean hasCommand(String command) {
        try {
            Process p = new ProcessBuilder(command, "-v").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Builds the site with {@code content} and {@code templates} into {@code out} and fails on any error. */
    static Path build(Path content, Path templates, Path out) {
        BuildResult result = new SiteBuild(new BuildOptions(content, templates, out, null,
                BuildOptions.MathMode.SERVER, null, false)).run();
        if (!result.succeeded()) {
            fail("site did not build: " + result.diagnostics());
        }
        return out;
    }

    /** Prefer {@link BuiltSites#readerFixture()}, built once for all classes. */
    static Path buildReaderFixture(Path out) {
        return build(READER_FIXTURE.resolve("content"), Path.of("templates"), out);
    }

    /** The project's own content/, as the README's build command builds it; prefer {@link BuiltSites#defaultSite()}. */
    static Path buildDefaultSite(Path out) {
        return build(Path.of("content"), Path.of("templates"), out);
    }

    /** Every HTML page of a built site, relative to it, sorted. */
    static List<String> pages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            List<String> pages = new ArrayList<>();
            // Names starting with _ are the tests' own probe pages and marked copies, not the site's.
            walk.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().startsWith("_"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("_"))
                    .sorted()
                    .forEach(pages::add);
            return pages;
        }
    }

    /** Runs {@code command} and returns its standard output; fails the test when it fails. */
    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " failed");
        }
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }
}
