package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quod.math.Json;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * axe-core (the accessibility engine browsers' audits use) on every page of the default site, in the light
 * and the dark theme, over HTTP in one headless Chromium: no WCAG 2.0/2.1 A or AA violation and no
 * best-practice violation (issue 11). axe-core is an npm package, not a Maven one: it is read from
 * {@code QUOD_AXE} or the test cache, and without it the test is skipped, or failed when
 * {@code QUOD_REQUIRE_BROWSER=1}, as for Chromium.
 */
@ResourceLock(Browser.LOCK)
class AxeBrowserTest {
    static final String VERSION = "4.14.1";
    static final String ENV = "QUOD_AXE";
    static final Path CACHED = Path.of(System.getProperty("user.home"),
            ".cache/quod-test/axe/node_modules/axe-core/axe.min.js");
    static final String HOW_TO_INSTALL = "install it with: npm install --prefix ~/.cache/quod-test/axe axe-core@" + VERSION
            + " (or set " + ENV + " to an axe.min.js)";
    /** Each theme by the page background it paints (as {@code ThemeAndScreenshotsBrowserTest} pins them). */
    static final Map<String, String> THEMES = Map.of("light", "rgb(253, 253, 251)", "dark", "rgb(23, 24, 27)");
    private static final Duration WAIT = Duration.ofSeconds(120);
    /**
     * The pages checked: between them every kind of block Quod writes and the theme colours (problems, hints,
     * solutions, answers, callouts, checks, numbered and unnumbered formulas, tables, plots, code: pages 01 and
     * 04), the home,
     * 404 and print pages. The other pages are made of the same blocks; all ten in both themes cost a minute
     * of the 2.5 that mvn verify may take.
     */
    private static final java.util.Set<String> CHECKED = java.util.Set.of("index.html", "404.html", "print/index.html",
            "hw7/01-rnn-gradients/index.html", "hw7/04-resnet/index.html");
    /**
     * In the dark theme, which changes colours only: the home page, and page 01, which holds every coloured
     * block (problems, hints, solutions, answers, callouts, margin notes, checks, plots, code).
     */
    private static final java.util.Set<String> DARK = java.util.Set.of("index.html", "hw7/01-rnn-gradients/index.html");
    /** {@code -Dquod.axe.all=true}: every page in both themes, every rule (a few minutes; not in mvn verify). */
    private static final boolean ALL = Boolean.getBoolean("quod.axe.all");
    /**
     * Runs axe and leaves in {@code window.quodAxe} one line per failing element (rule, impact, selector,
     * help) and how many rules passed, so that no violations can be told from axe having looked at nothing.
     */
    private static final String RUN = """
            window.quodAxe = null;
            // In a timer: axe works for seconds on a long page, longer than one evaluation may take.
            setTimeout(function () { axe.run(document, {runOnly: RULES,
                // only the violations in full (passes are still counted): a sixth less time, mostly on the print page
                resultTypes: ['violations']})
              .then(function (r) {
                var lines = [];
                r.violations.forEach(function (v) {
                  v.nodes.forEach(function (n) {
                    lines.push(v.id + " (" + v.impact + ") " + n.target.join(" ") + ": " + v.help);
                  });
                });
                window.quodAxe = JSON.stringify({passes: r.passes.length, violations: lines});
              }, function (e) { window.quodAxe = JSON.stringify({error: String(e)}); }); }, 0);
            return 'started';
            """;

    static HttpServer server;
    static String base;
    static String axeSource;
    static List<String> pages = List.of();
    static final String CONTROL_PAGE = "_axe-control.html";
    /** One of each of three faults, written beside the site's pages: two landmarks of one name, faint text, an image without text. */
    static final String CONTROL = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>control</title></head><body><main><h1>control</h1>
            <div role="region" aria-label="Formula">a</div><div role="region" aria-label="Formula">b</div>
            <p style="color:#bbb;background:#fff">faint text</p><img src="assets/favicon.svg">
            </main></body></html>
            """;

    /** Where axe.min.js is looked for: {@code QUOD_AXE}, else the test cache. */
    static Path axePath() {
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? Path.of(env) : CACHED;
    }

    static Optional<Path> axeScript() {
        return Files.isRegularFile(axePath()) ? Optional.of(axePath()) : Optional.empty();
    }

    @BeforeAll
    static void serveTheDefaultSite() throws IOException {
        if (!Browser.available() || axeScript().isEmpty()) {
            return;
        }
        axeSource = Files.readString(axeScript().get(), StandardCharsets.UTF_8);
        Path site = BuiltSites.defaultSite();
        pages = Browser.pages(site);
        Files.writeString(site.resolve(CONTROL_PAGE), CONTROL, StandardCharsets.UTF_8);
        server = StaticSites.start(Map.of("/", site));
        base = StaticSites.origin(server) + "/";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void needsChromiumAndAxe() {
        Browser.chromium();
        Browser.require(axeScript().isPresent(), "no axe-core at " + axePath() + "; " + HOW_TO_INSTALL);
    }

    /**
     * The shared browser on {@code page} in {@code theme}, chosen the way the toggle remembers it, once the
     * page and its fonts have loaded.
     */
    private static DevTools open(String page, String theme) throws Exception {
        DevTools browser = DevTools.shared();
        if (!browser.evaluate("return location.href;").startsWith(base)) {
            // Another page's storage is not the site's: store the theme from one of the site's pages.
            browser.open(base + "404.html", WAIT);
        }
        browser.evaluate("localStorage.setItem('quod-theme', '" + theme + "'); return 'ok';");
        return browser.open(base + page, WAIT);
    }

    @Test
    void noPageHasAnAxeViolationInEitherTheme() throws Exception {
        assertThat(pages).as("pages of the default site").contains("index.html", "404.html", "print/index.html").hasSizeGreaterThan(8);
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String theme : List.of("light", "dark")) {
            for (String page : pages) {
                if (!ALL && (!CHECKED.contains(page) || theme.equals("dark") && !DARK.contains(page))) {
                    continue;
                }
                DevTools b = open(page, theme);
                assertThat(b.evaluate("return getComputedStyle(document.body).backgroundColor;"))
                        .as(page + " is in the " + theme + " theme").isEqualTo(THEMES.get(theme));
                List<String> lines = axe(b, page + " " + theme);
                if (!lines.isEmpty()) {
                    violations.put(page + " (" + theme + ")", lines);
                }
            }
        }
        StringBuilder report = new StringBuilder();
        violations.forEach((where, lines) -> {
            report.append(where).append(":\n");
            lines.forEach(l -> report.append("  ").append(l).append('\n'));
        });
        assertThat(violations).as("axe-core " + VERSION + " violations:\n" + report).isEmpty();
    }

    @Test
    void axeFindsTheFaultsOfTheControlPage() throws Exception {
        DevTools b = open(CONTROL_PAGE, "light");
        assertThat(axe(b, CONTROL_PAGE)).containsExactly(
                "color-contrast (serious) p: Elements must meet minimum color contrast ratio thresholds",
                "image-alt (critical) img: Images must have alternative text",
                "landmark-unique (moderate) div:nth-child(2): Landmarks should have a unique role or role/label/title"
                        + " (i.e. accessible name) combination");
    }

    /**
     * Injects axe into the open page (each page load drops it), runs it and returns one line per failing
     * element; fails when axe broke or checked nothing.
     */
    @SuppressWarnings("unchecked")
    private static List<String> axe(DevTools b, String where) throws Exception {
        b.evaluate("var s = document.createElement('script'); s.textContent = " + Json.quote(axeSource)
                + "; document.head.appendChild(s); return typeof axe;");
        // The print page is every page again, each checked in full in both themes; on it axe looks at what is its
        // own, the landmarks and ids it prefixes by page. All rules there cost half a minute per theme.
        // The dark theme changes colours only: there, the rules about colour.
        String rules = where.startsWith("print/")
                ? "{type: 'rule', values: ['landmark-unique', 'duplicate-id-aria', 'aria-valid-attr-value', "
                        + "'scrollable-region-focusable', 'landmark-no-duplicate-main', 'page-has-heading-one']}"
                : where.endsWith(" dark") && !ALL ? "{type: 'rule', values: ['color-contrast', 'link-in-text-block']}"
                : "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']";
        b.evaluate(RUN.replace("RULES", rules));
        String result = b.await("return window.quodAxe;", r -> !r.isEmpty(), WAIT);
        // JSON is YAML: no JSON library needed
        Map<String, Object> map = (Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(result);
        assertThat(map).as(where + ": axe ran").doesNotContainKey("error");
        assertThat((Integer) map.get("passes")).as(where + ": rules axe saw pass").isPositive();
        return new ArrayList<>((List<String>) map.get("violations"));
    }
}
