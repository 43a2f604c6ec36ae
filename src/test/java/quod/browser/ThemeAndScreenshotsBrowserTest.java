package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Light and dark themes in headless Chromium: the system setting is followed, the toggle switches and
 * remembers, a remembered choice applies on the next page, and screenshots in both themes are whole
 * pictures with the dark one darker. The screenshots people look at (several pages, light, dark and
 * phone width) come from {@code bench/screenshots.sh}, not from the test suite.
 */
class ThemeAndScreenshotsBrowserTest {
    private static final String LIGHT_BG = "rgb(253, 253, 251)";
    private static final String DARK_BG = "rgb(23, 24, 27)";
    /** Appended to a test copy of a page: reports the theme, clicks the toggle, reports again. */
    private static final String TOGGLE_PROBE = """
            <script>
            addEventListener("load", function () {
              var root = document.documentElement, button = document.querySelector(".theme-toggle");
              function state() {
                return "bg=" + getComputedStyle(document.body).backgroundColor + ";theme=" + root.getAttribute("data-theme")
                    + ";pressed=" + button.getAttribute("aria-pressed") + ";hidden=" + button.hidden;
              }
              localStorage.removeItem("quod-theme");
              var before = state();
              button.click();
              var after = state() + ";stored=" + localStorage.getItem("quod-theme");
              localStorage.removeItem("quod-theme");
              var pre = document.createElement("pre");
              pre.id = "probe";
              pre.textContent = "BEFORE " + before + "\\nAFTER " + after;
              document.body.appendChild(pre);
            });
            </script>
            """;
    /** A page that stores a choice, then opens a real page in a frame and reads its colours. */
    private static final String STORED_PROBE = """
            <!DOCTYPE html><html><body>
            <script>
            localStorage.setItem("quod-theme", "dark");
            var f = document.createElement("iframe");
            f.src = "01-problems/index.html";
            f.onload = function () {
              var d = f.contentDocument;
              var pre = document.createElement("pre");
              pre.id = "probe";
              pre.textContent = "bg=" + d.defaultView.getComputedStyle(d.body).backgroundColor
                  + ";theme=" + d.documentElement.getAttribute("data-theme");
              localStorage.removeItem("quod-theme");
              document.body.appendChild(pre);
            };
            document.body.appendChild(f);
            </script></body></html>
            """;

    static Path fixture;

    @BeforeAll
    static void buildSite() {
        if (!Browser.available()) {
            return;
        }
        fixture = BuiltSites.readerFixture();
    }

    private static String probeToggle(List<String> flags) throws Exception {
        Path page = fixture.resolve("01-problems/index.html");
        Path copy = page.resolveSibling("_toggle-probe.html");
        Files.writeString(copy, Files.readString(page, StandardCharsets.UTF_8).replace("</body>", TOGGLE_PROBE + "</body>"),
                StandardCharsets.UTF_8);
        Chromium.Run run = Browser.chromium().dumpDom(copy, flags);
        return Jsoup.parse(run.stdout()).select("#probe").text();
    }

    @BeforeEach
    void needsChromium() {
        Browser.chromium();
    }

    @Test
    void lightSystemThemeIsFollowedAndTheToggleSwitchesToDarkAndRemembersIt() throws Exception {
        String probe = probeToggle(List.of());
        assertThat(probe).contains("BEFORE bg=" + LIGHT_BG + ";theme=null;pressed=false;hidden=false")
                .contains("AFTER bg=" + DARK_BG + ";theme=dark;pressed=true;hidden=false;stored=dark");
    }

    @Test
    void darkSystemThemeIsFollowedAndTheToggleSwitchesToLight() throws Exception {
        String probe = probeToggle(List.of("--force-dark-mode"));
        assertThat(probe).contains("BEFORE bg=" + DARK_BG + ";theme=null;pressed=true")
                .contains("AFTER bg=" + LIGHT_BG + ";theme=light;pressed=false;hidden=false;stored=light");
    }

    @Test
    void aStoredChoiceAppliesToTheNextPageOverTheSystemSetting() throws Exception {
        Path probe = fixture.resolve("_stored-probe.html");
        Files.writeString(probe, STORED_PROBE, StandardCharsets.UTF_8);
        Chromium.Run run = Browser.chromium().dumpDom(probe, List.of("--allow-file-access-from-files", "--virtual-time-budget=10000"));
        assertThat(Jsoup.parse(run.stdout()).select("#probe").text()).isEqualTo("bg=" + DARK_BG + ";theme=dark");
    }

    @Test
    void screenshotsAreWholePicturesAndTheDarkThemeIsDarker() throws Exception {
        Path page = fixture.resolve("01-problems/index.html");
        Path light = Browser.SCREENSHOTS.resolve("fixture-problems-light.png");
        Path dark = Browser.SCREENSHOTS.resolve("fixture-problems-dark.png");
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.deleteIfExists(light);
        Files.deleteIfExists(dark);
        Browser.chromium().screenshot(page, light, 1280, 800, List.of());
        Browser.chromium().screenshot(page, dark, 1280, 800, List.of("--force-dark-mode"));
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
