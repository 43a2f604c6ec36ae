package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import quod.math.Json;

/**
 * The search box of the default site opened from disk ({@code file://}), where fetching an index would fail:
 * {@code /} focuses the box, typing finds the sections that hold a formula's TeX or a phrase, and the arrow keys
 * and Enter open a result at its page and heading.
 */
@ResourceLock(Browser.LOCK)
class SearchBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The results' addresses, one a line, once the index has answered; "" while it loads. */
    private static final String RESULTS = "var l = document.querySelector('.search-results');"
            + "if (l.hidden || /Loading/.test(l.textContent)) return '';"
            + "return Array.prototype.map.call(l.querySelectorAll('a'), function (a) { return a.href; }).join('\\n') || 'none';";

    @BeforeEach
    void needsChromium() {
        Browser.chromium();
    }

    private static void key(DevTools browser, String key, String code, int keyCode, String text) throws Exception {
        String common = "\"key\":" + Json.quote(key) + ",\"code\":" + Json.quote(code) + ",\"windowsVirtualKeyCode\":" + keyCode;
        browser.call("Input.dispatchKeyEvent", "{\"type\":\"keyDown\"," + common
                + (text.isEmpty() ? "" : ",\"text\":" + Json.quote(text)) + "}");
        browser.call("Input.dispatchKeyEvent", "{\"type\":\"keyUp\"," + common + "}");
    }

    /** Types {@code query} into the emptied box and returns the results' addresses, relative to the site. */
    private static List<String> search(DevTools browser, String site, String query) throws Exception {
        browser.evaluate("document.getElementById('quod-search').value = ''; return 'ok';");
        browser.call("Input.insertText", "{\"text\":" + Json.quote(query) + "}");
        String found = browser.await(RESULTS, s -> !s.isEmpty(), WAIT);
        return found.lines().map(href -> href.startsWith(site) ? href.substring(site.length()) : href).toList();
    }

    @Test
    void fromDiskSlashFocusesTheBoxTypingFindsFormulasAndPhrasesAndTheKeyboardOpensAResult() throws Exception {
        String site = BuiltSites.defaultSite().toAbsolutePath().toUri().toString();
        DevTools browser = DevTools.shared().open(site + "hw7/04-resnet/index.html", WAIT);

        key(browser, "/", "Slash", 191, "/");
        assertThat(browser.evaluate("var a = document.activeElement; return a.id + ':' + a.value;"))
                .as("the focused element after '/', and what it holds").isEqualTo("quod-search:");

        assertThat(search(browser, site, "Sigma")).as("Sigma, in formulas only")
                .contains("hw7/06-linear-autoencoder/index.html#8b-an-inductive-bias-towards-orthonormal-columns",
                        "hw7/03-autoencoders-pca/index.html#3bii-the-principal-components-satisfy-them");
        assertThat(search(browser, site, "exposure bias")).as("exposure bias")
                .startsWith("hw7/05-machine-translation/index.html#7c-decoder-inputs-at-evaluation-time");
        // a citation's author: the section that cites Kunin et al., and the page's reference list
        assertThat(search(browser, site, "Kunin")).as("Kunin")
                .contains("hw7/06-linear-autoencoder/index.html#8b-an-inductive-bias-towards-orthonormal-columns",
                        "hw7/06-linear-autoencoder/index.html#references");
        List<String> spectral = search(browser, site, "spectral radius");
        assertThat(spectral).as("spectral radius")
                .contains("hw7/01-rnn-gradients/index.html#1e-a-linear-rnn-when-do-gradients-explode-or-vanish");
        // snippets show formulas as KaTeX drew them, never its MathML
        assertThat(browser.evaluate("return document.querySelectorAll('.search-snippet .katex-html').length > 0"
                + " && !document.querySelector('.search-results .katex-mathml, .search-results math');")).isEqualTo("true");

        key(browser, "ArrowDown", "ArrowDown", 40, "");
        key(browser, "ArrowDown", "ArrowDown", 40, "");
        assertThat(browser.evaluate("return document.activeElement.href;")).isEqualTo(site + spectral.get(1));
        key(browser, "Enter", "Enter", 13, "\r");
        browser.await("return location.href;", (site + spectral.get(1))::equals, WAIT);
    }
}
