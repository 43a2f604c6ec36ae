package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Light and dark themes in headless Chromium: the system setting is followed, the toggle switches and
 * remembers, a remembered choice applies on the next page; and screenshots of a fixture page and a
 * default-site page in light, dark and at phone width, kept under {@code target/screenshots/} for
 * people to look at.
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

    @TempDir
    static Path tmp;
    static Chromium chromium;
    static Path fixture;
    static Path defaultSite;

    @BeforeAll
    static void buildSites() {
        if (!Browser.available()) {
            return;
        }
        chromium = Browser.chromium();
        fixture = Browser.buildReaderFixture(tmp.resolve("reader"));
        defaultSite = Browser.buildDefaultSite(tmp.resolve("default"));
    }

    private static String probeToggle(List<String> flags) throws Exception {
        Path page = fixture.resolve("01-problems/index.html");
        Path copy = page.resolveSibling("_toggle-probe.html");
        Files.writeString(copy, Files.readString(page, StandardCharsets.UTF_8).replace("</body>", TOGGLE_PROBE + "</body>"),
                StandardCharsets.UTF_8);
        Chromium.Run run = chromium.dumpDom(copy, flags);
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
        Chromium.Run run = chromium.dumpDom(probe, List.of("--allow-file-access-from-files", "--virtual-time-budget=10000"));
        assertThat(Jsoup.parse(run.stdout()).select("#probe").text()).isEqualTo("bg=" + DARK_BG + ";theme=dark");
    }

    @Test
    void screenshotsInLightDarkAndAtPhoneWidth() throws Exception {
        Files.createDirectories(Browser.SCREENSHOTS);
        record Shot(String name, Path page) { }
        List<Shot> shots = List.of(
                new Shot("fixture-problems", fixture.resolve("01-problems/index.html")),
                new Shot("fixture-print", fixture.resolve("print/index.html")),
                new Shot("default-page", defaultSite.resolve(firstPage(defaultSite))));
        for (Shot shot : shots) {
            for (var mode : List.of(new Object[] {"light", 1280, List.<String>of()},
                    new Object[] {"dark", 1280, List.of("--force-dark-mode")},
                    new Object[] {"phone", 375, List.<String>of()})) {
                Path png = Browser.SCREENSHOTS.resolve(shot.name() + "-" + mode[0] + ".png");
                Files.deleteIfExists(png);
                @SuppressWarnings("unchecked")
                List<String> flags = (List<String>) mode[2];
                chromium.screenshot(shot.page(), png, (int) mode[1], 1400, flags);
                assertThat(png).as(png.toString()).exists();
                assertThat(pngWidth(png)).as(png + " width").isEqualTo((int) mode[1]);
            }
        }
    }

    /** The first content page of a site (the index's first link in its page list). */
    private static String firstPage(Path site) throws IOException {
        return Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select(".page-list a").first().attr("href");
    }

    /** The width in the PNG's IHDR chunk. */
    private static int pngWidth(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            data.skipNBytes(16);
            return data.readInt();
        }
    }
}
