package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Small things a reader notices (issue 11), in a real browser over HTTP, as a host serves the site: the 404
 * page served deep down a project site's address, equation references told apart without colour, a formula
 * and its punctuation together on a phone, previous and next side by side, a two-row header on a phone and a
 * quiet pressed theme toggle in the dark theme. The reader fixture and the default site are served under
 * {@code /repo/} and {@code /default/}, the way GitHub Pages serves a project site; a missing address gets
 * the site's 404 page, whatever its depth.
 */
@ResourceLock(Browser.LOCK)
class ReaderDetailsBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** WCAG's contrast ratio of two computed colours, rgb() or rgba() (alpha ignored). */
    private static final String CONTRAST = """
            function lum(c) { var v = c.match(/[\\d.]+/g).slice(0, 3).map(function (x) { x = x / 255;
              return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
            function contrast(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
            function background(e) { for (; e; e = e.parentElement) { var b = getComputedStyle(e).backgroundColor;
              if (b !== "rgba(0, 0, 0, 0)" && b !== "transparent") return b; } return "rgb(255, 255, 255)"; }
            """;

    static HttpServer server;
    static String base;

    @BeforeAll
    static void serveBothSites() throws IOException {
        if (!Browser.available()) {
            return;
        }
        Path reader = BuiltSites.readerFixture();
        Path site = BuiltSites.defaultSite();
        server = StaticSites.start(Map.of("/repo/", reader, "/default/", site));
        base = StaticSites.origin(server);
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

    /** The shared browser, on {@code path} once it and its fonts have loaded. */
    private static DevTools open(String path) throws Exception {
        return DevTools.shared().open(base + path, WAIT);
    }

    /** Loads {@code path} in a 375 px wide frame of the open page and returns once its fonts are in. */
    private static void phoneFrame(DevTools browser, String path) throws Exception {
        browser.evaluate("var f = document.createElement('iframe'); f.id = 'phone'; f.src = '" + path + "';"
                + "f.style = 'width:375px;height:800px;border:0'; document.body.appendChild(f); return 'ok';");
        // The frame holds a blank document, already complete, until the page arrives: wait for the page.
        browser.await("var f = document.getElementById('phone'); return f.contentDocument"
                + " && f.contentWindow.location.href.endsWith('" + path + "') && f.contentDocument.readyState === 'complete'"
                + " && f.contentDocument.fonts.status === 'loaded' ? 'ready' : '';", "ready"::equals, WAIT);
    }

    @Test
    void the404PageServedDeepInAProjectSiteFindsItsStylesheetAndLinksToTheHome() throws Exception {
        {
            DevTools browser = open("/repo/01-problems/missing/page");
            assertThat(browser.evaluate("return document.querySelector('h1').textContent;")).isEqualTo("Page not found");
            assertThat(browser.evaluate("return getComputedStyle(document.body).backgroundColor;"))
                    .as("the theme's stylesheet applies").isEqualTo("rgb(253, 253, 251)");
            assertThat(browser.evaluate("return document.querySelector('main a').href;")).isEqualTo(base + "/repo/index.html");
            assertThat(browser.evaluate("return document.querySelector('link[rel=icon]').href;"))
                    .isEqualTo(base + "/repo/assets/favicon.svg");
        }
        {
            DevTools browser = open("/repo/missing");
            // No name of the site in the address: a project site's first folder on *.github.io only; here, the host's root.
            assertThat(browser.evaluate("return document.querySelector('main a').href;")).isEqualTo(base + "/index.html");
        }
    }

    @Test
    void equationReferencesAreUnderlinedAndStandOutFromTheTextInBothThemes() throws Exception {
        {
            DevTools browser = open("/default/hw7/06-linear-autoencoder/");
            for (String theme : List.of("light", "dark")) {
                String measured = browser.evaluate(CONTRAST + "document.documentElement.setAttribute('data-theme', '" + theme + "');"
                        + "var out = [];"
                        + "document.querySelectorAll('.content a.eqref').forEach(function (a) {"
                        + "  var s = getComputedStyle(a), p = getComputedStyle(a.parentElement);"
                        + "  var boxed = !!a.closest('section.problem, .answer, .callout');"
                        + "  out.push([s.textDecorationLine, contrast(s.color, p.color).toFixed(2),"
                        + "    contrast(s.color, background(a)).toFixed(2), boxed].join(' '));"
                        + "}); return out.join('\\n');");
                List<String> refs = measured.lines().toList();
                assertThat(refs).as(theme + ": references on page 06").hasSizeGreaterThan(10);
                for (String r : refs) {
                    String[] f = r.split(" ");
                    assertThat(f[0]).as(theme + " " + r).isEqualTo("underline");
                    assertThat(Double.parseDouble(f[2])).as(theme + ": against the background " + r).isGreaterThanOrEqualTo(4.5);
                    if (theme.equals("light") || f[3].equals("false")) {
                        assertThat(Double.parseDouble(f[1])).as(theme + ": against the text around it " + r).isGreaterThanOrEqualTo(3);
                    }
                }
            }
        }
    }

    @Test
    void onAPhoneAFormulaKeepsItsPunctuationPrevAndNextShareARowAndTheHeaderTakesTwo() throws Exception {
        {
            DevTools browser = open("/default/");
            for (String page : List.of("hw7/01-rnn-gradients/", "hw7/03-autoencoders-pca/", "hw7/06-linear-autoencoder/")) {
                browser.evaluate("var old = document.getElementById('phone'); if (old) old.remove(); return 'ok';");
                phoneFrame(browser, page);
                String d = "document.getElementById('phone').contentDocument";
                String broken = browser.evaluate("var d = " + d + ", n = 0, bad = [];"
                        + "d.querySelectorAll('.katex').forEach(function (k) { if (k.closest('.katex-display')) return;"
                        + "  var host = k, t = k.nextSibling;"
                        + "  while (!t && host.parentElement && host.parentElement.tagName === 'SPAN') { host = host.parentElement; t = host.nextSibling; }"
                        + "  if (!t || t.nodeType !== 3 || !/^[.,;:!?)]/.test(t.data)) return; n++;"
                        + "  var r = d.createRange(); r.setStart(t, 0); r.setEnd(t, 1); var p = r.getBoundingClientRect();"
                        + "  var rects = k.getClientRects(), last = rects[rects.length - 1];"
                        + "  if (p.top > last.bottom - 2) bad.push(t.data.charAt(0) + ' after ' + k.textContent.slice(0, 20)); });"
                        + "return n + ':' + bad.join(' | ');");
                assertThat(Integer.parseInt(broken.substring(0, broken.indexOf(':')))).as(page + " formulas followed by punctuation")
                        .isGreaterThan(10);
                assertThat(broken.substring(broken.indexOf(':') + 1)).as(page + ": punctuation alone on the next line").isEmpty();
                String nav = browser.evaluate("var d = " + d + ";"
                        + "var p = d.querySelector('.page-nav .prev'), x = d.querySelector('.page-nav .next');"
                        + "return p && x ? Math.round(p.getBoundingClientRect().top) + ' ' + Math.round(x.getBoundingClientRect().top) : 'none';");
                String[] tops = nav.split(" ");
                if (!page.startsWith("01")) {  // the first page has no previous one
                    assertThat(tops).as(page + ": previous and next").hasSize(2);
                    assertThat(tops[0]).as(page + ": previous and next side by side").isEqualTo(tops[1]);
                }
                String rows = browser.evaluate("var d = " + d + ", tops = {};"
                        + "d.querySelectorAll('.site-header > :not([hidden])').forEach(function (e) {"
                        + "  tops[Math.round(e.getBoundingClientRect().top / 8)] = 1; });"
                        + "return Object.keys(tops).length;");
                assertThat(Integer.parseInt(rows)).as(page + ": rows of the header on a phone").isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void inTheDarkThemeThePressedToggleIsNoBrighterThanTheText() throws Exception {
        DevTools browser = open("/repo/01-problems/");
        String measured;
        try {
            measured = browser.evaluate(CONTRAST + "var b = document.querySelector('.theme-toggle');"
                    + "if (b.getAttribute('aria-pressed') !== 'true') b.click();"
                    + "var s = getComputedStyle(b), body = getComputedStyle(document.body);"
                    + "return [b.getAttribute('aria-pressed'), lum(s.backgroundColor).toFixed(3), lum(body.backgroundColor).toFixed(3),"
                    + "  lum(body.color).toFixed(3), contrast(s.color, s.backgroundColor).toFixed(2)].join(' ');");
        } finally {
            // the click stored the choice, which the next pages of this browser would follow
            browser.evaluate("localStorage.removeItem('quod-theme'); return 'ok';");
        }
        {
            String[] f = measured.split(" ");
            assertThat(f[0]).as("dark theme on").isEqualTo("true");
            assertThat(Double.parseDouble(f[1])).as("luminance of the pressed toggle, against the page's " + f[2])
                    .isLessThan(0.1).isLessThan(Double.parseDouble(f[3]));
            assertThat(Double.parseDouble(f[4])).as("its label's contrast").isGreaterThanOrEqualTo(4.5);
        }
    }
}
