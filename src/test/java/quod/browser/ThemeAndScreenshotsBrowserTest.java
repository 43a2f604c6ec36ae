package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import quod.math.Json;

/**
 * Light and dark themes in the shared headless Chromium, over HTTP: the system setting (emulated as
 * {@code prefers-color-scheme}) is followed, the toggle switches and remembers, a remembered choice wins
 * over the system setting when the page is loaded again, and screenshots in both themes are whole
 * pictures with the dark one darker. The screenshots people look at (several pages, light, dark and
 * phone width) come from {@code bench/screenshots.sh}, not from the test suite.
 */
@ResourceLock(Browser.LOCK)
class ThemeAndScreenshotsBrowserTest {
    private static final String LIGHT_BG = "rgb(253, 253, 251)";
    private static final String DARK_BG = "rgb(23, 24, 27)";
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The theme as the reader sees it: background, the chosen theme, the toggle's state. */
    private static final String STATE = "var button = document.querySelector('.theme-toggle');"
            + "return 'bg=' + getComputedStyle(document.body).backgroundColor"
            + " + ';theme=' + document.documentElement.getAttribute('data-theme')"
            + " + ';pressed=' + button.getAttribute('aria-pressed') + ';hidden=' + button.hidden;";

    static HttpServer server;
    static String page;

    @BeforeAll
    static void serveTheFixture() throws IOException {
        if (!Browser.available()) {
            return;
        }
        server = StaticSites.start(Map.of("/", BuiltSites.readerFixture()));
        page = StaticSites.origin(server) + "/01-problems/index.html";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void needsChromium() {
        Browser.chromium();
    }

    /** The shared browser on the fixture's problems page in the system theme {@code scheme}, with {@code stored} remembered (or nothing). */
    private static DevTools open(String scheme, String stored) throws Exception {
        DevTools browser = DevTools.shared();
        browser.colorScheme(scheme);
        browser.open(page, WAIT);
        browser.evaluate(stored == null ? "localStorage.removeItem('quod-theme'); return 'ok';"
                : "localStorage.setItem('quod-theme', " + Json.quote(stored) + "); return 'ok';");
        return browser.reload(WAIT);
    }

    /** The theme before and after a click on the toggle, and what the click stored. */
    private static String toggle(DevTools browser) throws Exception {
        String before = browser.evaluate(STATE);
        browser.evaluate("document.querySelector('.theme-toggle').click(); return 'ok';");
        return "BEFORE " + before + "\nAFTER " + browser.evaluate(STATE) + ";stored="
                + browser.evaluate("return String(localStorage.getItem('quod-theme'));");
    }

    @Test
    void lightSystemThemeIsFollowedAndTheToggleSwitchesToDarkAndRemembersIt() throws Exception {
        String probe = toggle(open("light", null));
        assertThat(probe).contains("BEFORE bg=" + LIGHT_BG + ";theme=null;pressed=false;hidden=false")
                .contains("AFTER bg=" + DARK_BG + ";theme=dark;pressed=true;hidden=false;stored=dark");
    }

    @Test
    void darkSystemThemeIsFollowedAndTheToggleSwitchesToLight() throws Exception {
        String probe = toggle(open("dark", null));
        assertThat(probe).contains("BEFORE bg=" + DARK_BG + ";theme=null;pressed=true")
                .contains("AFTER bg=" + LIGHT_BG + ";theme=light;pressed=false;hidden=false;stored=light");
    }

    @Test
    void aStoredChoiceAppliesToTheNextPageOverTheSystemSetting() throws Exception {
        String home = page.replace("01-problems/index.html", "index.html");
        DevTools browser = open("light", "dark").open(home, WAIT);
        assertThat(browser.evaluate(STATE)).startsWith("bg=" + DARK_BG + ";theme=dark");
        browser = open("dark", "light").open(home, WAIT);
        assertThat(browser.evaluate(STATE)).startsWith("bg=" + LIGHT_BG + ";theme=light");
    }

    @Test
    void screenshotsAreWholePicturesAndTheDarkThemeIsDarker() throws Exception {
        Path light = Browser.SCREENSHOTS.resolve("fixture-problems-light.png");
        Path dark = Browser.SCREENSHOTS.resolve("fixture-problems-dark.png");
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(light, open("light", null).screenshot(1280, 800));
        Files.write(dark, open("dark", null).screenshot(1280, 800));
        Luminance l = Luminance.of(light);
        Luminance d = Luminance.of(dark);
        for (var shot : List.of(Map.entry(light, l), Map.entry(dark, d))) {
            assertThat(shot.getValue().width()).as(shot.getKey() + " width").isEqualTo(1280);
            assertThat(shot.getValue().height()).as(shot.getKey() + " height").isEqualTo(800);
            // Text on a background: a blank or single-colour picture has no spread of luminance.
            assertThat(shot.getValue().spread()).as(shot.getKey() + " luminance spread (blank page?)").isGreaterThan(0.05);
        }
        // The backgrounds are rgb(253, 253, 251) and rgb(23, 24, 27): luminance about 0.99 and 0.09.
        assertThat(l.mean()).as("light mean luminance").isGreaterThan(0.7);
        assertThat(d.mean()).as("dark mean luminance").isLessThan(0.3);
    }

    /** Mean and standard deviation of a picture's relative luminance (0 black .. 1 white), per pixel. */
    private record Luminance(int width, int height, double mean, double spread) {
        static Luminance of(Path png) throws IOException {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png + " is a readable image").isNotNull();
            double sum = 0;
            double squares = 0;
            int n = image.getWidth() * image.getHeight();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    double v = (0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
                    sum += v;
                    squares += v * v;
                }
            }
            double mean = sum / n;
            return new Luminance(image.getWidth(), image.getHeight(), mean, Math.sqrt(Math.max(0, squares / n - mean * mean)));
        }
    }
}
