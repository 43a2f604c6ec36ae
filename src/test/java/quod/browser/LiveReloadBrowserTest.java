package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.serve.DevServer;
import quod.site.BuildOptions;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code quod serve} in a real browser, kept open on a page while the test edits its Markdown: the page
 * reloads by itself after a good edit, and shows the errors over the last good page after a broken one.
 */
@ResourceLock(Browser.LOCK)
class LiveReloadBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String OVERLAY = "var o = document.getElementById('quod-errors'); return o ? o.innerText : '';";

    @TempDir
    Path tmp;
    Path page;
    DevServer server;

    @BeforeEach
    void serve() throws Exception {
        Browser.chromium();  // skips the test without one
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.md"), "---\ntitle: Home\n---\n\nThe home page.\n");
        page = content.resolve("01-live.md");
        Files.writeString(page, "---\ntitle: Live\n---\n\nThe first version, with $x^2$.\n");
        BuildOptions options = new BuildOptions(content, Path.of("templates"), null, null, BuildOptions.MathMode.SERVER,
                tmp.resolve("cache"), false);
        server = DevServer.start(options, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private DevTools open() throws Exception {
        return open("/01-live/", "first version");
    }

    private DevTools open(String path, String text) throws Exception {
        DevTools browser = DevTools.shared().open(server.url() + path, WAIT);
        browser.await("return document.readyState === 'complete' && document.body.innerText", t -> t.contains(text), WAIT);
        // the page must be listening before the edit, or there is no reload to see
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.listeners() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.listeners()).as("pages listening").isEqualTo(1);
        browser.evaluate("window.quodTestMark = 'still the first load'; return 'ok';");
        return browser;
    }

    @Test
    void thePageReloadsByItselfAfterAnEdit() throws Exception {
        {
            DevTools browser = open();
            Files.writeString(page, "---\ntitle: Live\n---\n\nThe second version, with $y^3$.\n");
            String text = browser.await("return document.readyState === 'complete' && document.body.innerText",
                    t -> t.contains("second version"), WAIT);
            assertThat(text).doesNotContain("first version");
            assertThat(browser.evaluate("return window.quodTestMark;")).as("a new page, not an edited one").isEmpty();
            assertThat(browser.evaluate("return document.querySelectorAll('.katex').length;")).isEqualTo("1");
            assertThat(browser.evaluate(OVERLAY)).isEmpty();
        }
    }

    @Test
    void aBrokenEditShowsTheErrorsOverTheLastGoodPageAndTheFixClearsThem() throws Exception {
        {
            DevTools browser = open();
            Files.writeString(page, "---\ntitle: Live\n---\n\nA broken version.\n\n$$\n\\frac{1}{2}\n");
            String shown = browser.await(OVERLAY, t -> !t.isEmpty(), WAIT);
            assertThat(shown).contains("01-live.md:7:1: display math is not closed")
                    .contains("Build failed: 1 error; still serving the last good build");
            assertThat(browser.evaluate("return window.quodTestMark;")).isEqualTo("still the first load");
            assertThat(browser.evaluate("return document.querySelector('main').innerText;"))
                    .contains("first version").doesNotContain("broken version");

            Files.writeString(page, "---\ntitle: Live\n---\n\nThe fixed version.\n");
            browser.await("return document.readyState === 'complete' && document.body.innerText",
                    t -> t.contains("fixed version"), WAIT);
            assertThat(browser.evaluate(OVERLAY)).isEmpty();
        }
    }

    @Test
    void aPageThatAnEditDidNotChangeStaysAsItIsUntilAnEditChangesIt() throws Exception {
        {
            DevTools browser = open("/", "The home page.");
            Files.writeString(page, "---\ntitle: Live\n---\n\nThe second version, with $y^3$.\n");
            // the page's script hears of build 2, which did not change it, and takes its number without reloading
            browser.await("return document.querySelector('script[data-build]').getAttribute('data-build') + ':'"
                    + " + (window.quodTestMark || '')", t -> t.equals("2:still the first load"), WAIT);
            Thread.sleep(500);  // the event for the print page and the search index, which do not reload it either
            assertThat(browser.evaluate("return window.quodTestMark;")).isEqualTo("still the first load");

            Files.writeString(tmp.resolve("content/index.md"), "---\ntitle: Home\n---\n\nThe home page, edited.\n");
            browser.await("return document.readyState === 'complete' && document.body.innerText",
                    t -> t.contains("home page, edited"), WAIT);
            assertThat(browser.evaluate("return window.quodTestMark;")).as("reloaded").isEmpty();
        }
    }
}
