package quod.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import quod.QuodVersion;
import quod.math.RenderedTex.UntrustedCommand;

/**
 * KaTeX as a build runs it: sizes capped at {@value KatexOptions#MAX_SIZE_EM}em, macro expansion bounded,
 * and the commands that need trust refused, and reported, unless site.yml lists them (and then only for
 * http, https and mailto URLs).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KatexLimitsAndTrustTest {
    private static final String KATEX = QuodVersion.current().katex();
    private KatexJavetEngine untrusting;
    private KatexJavetEngine trustingHref;

    @BeforeAll
    void start() {
        untrusting = KatexJavetEngine.start(new KatexOptions(KATEX, Map.of(), List.of()));
        trustingHref = KatexJavetEngine.start(new KatexOptions(KATEX, Map.of(), List.of("\\href")));
    }

    @AfterAll
    void stop() {
        untrusting.close();
        trustingHref.close();
    }

    @Test
    void aHugeRuleOrKernIsCappedAtMaxSize() throws TexError {
        String rule = untrusting.render("\\rule{100000em}{1em}", false).html();
        String kern = untrusting.render("a\\kern{1000000em}b", false).html();

        assertThat(Jsoup.parse(rule).select(".katex-html .rule").attr("style")).startsWith("border-right-width:50em;");
        assertThat(Jsoup.parse(rule).select("mspace").attr("width")).isEqualTo("50em");
        assertThat(Jsoup.parse(kern).select(".katex-html [style*=margin-right]").eachAttr("style"))
                .containsExactly("margin-right:50em;");
    }

    @Test
    void aMacroThatNeverStopsExpandingIsAnError() {
        assertThatThrownBy(() -> untrusting.render("\\def\\a{\\a}\\a", false)).isInstanceOf(TexError.class)
                .hasMessageContaining("Too many expansions");
    }

    @Test
    void everyCommandThatNeedsTrustIsRefusedAndReportedByDefault() throws TexError {
        RenderedTex r = untrusting.render("\\href{https://example.org}{a} \\url{https://example.org} \\htmlId{i}{b} "
                + "\\htmlClass{c}{d} \\htmlStyle{color:red}{e} \\htmlData{k=v}{f} "
                + "\\includegraphics[height=1em]{https://example.org/a.png}", false);

        assertThat(r.untrusted()).extracting(UntrustedCommand::command).containsExactly("\\href", "\\url", "\\htmlId",
                "\\htmlClass", "\\htmlStyle", "\\htmlData", "\\includegraphics");
        assertThat(r.untrusted()).noneMatch(UntrustedCommand::listed);
        assertThat(Jsoup.parse(r.html()).select("a, img, [id=i], .c, [data-k]")).isEmpty();
    }

    @Test
    void aListedCommandRendersForHttpHttpsAndMailto() throws TexError {
        RenderedTex r = trustingHref.render("\\href{https://example.org}{a} \\href{http://example.org}{b} "
                + "\\href{mailto:me@example.org}{c}", false);

        assertThat(r.untrusted()).isEmpty();
        assertThat(Jsoup.parse(r.html()).select("a").eachAttr("href"))
                .containsExactly("https://example.org", "http://example.org", "mailto:me@example.org");
    }

    @Test
    void aListedCommandIsStillRefusedForOtherUrls() throws TexError {
        RenderedTex r = trustingHref.render("\\href{javascript:alert(1)}{a} \\href{../b/}{b} \\url{https://x.org}", false);

        assertThat(r.untrusted()).containsExactly(new UntrustedCommand("\\href", "javascript:alert(1)", true),
                new UntrustedCommand("\\href", "../b/", true), new UntrustedCommand("\\url", "https://x.org", false));
        assertThat(Jsoup.parse(r.html()).select("a")).isEmpty();
    }

    @Test
    void aUrlKatexRefusesWithoutAskingIsReportedToo() throws TexError {
        // KaTeX refuses a URL whose scheme it cannot read without calling the trust function
        RenderedTex r = trustingHref.render("\\href{javascript&colon;alert(1)}{a} + \\href{https://ok.org}{b}", false);

        assertThat(r.untrusted()).containsExactly(new UntrustedCommand("\\href", null, true));
        assertThat(Jsoup.parse(r.html()).select("a").eachAttr("href")).containsExactly("https://ok.org");
    }

    @Test
    void redTextTheAuthorColouredIsNotARefusal() throws TexError {
        assertThat(untrusting.render("\\textcolor{#cc0000}{\\text{\\textbackslash href}}", false).untrusted()).isEmpty();
    }

    @Test
    void theTrustListIsPartOfTheCacheKey() {
        FormulaCache none = FormulaCache.none(new KatexOptions(KATEX, Map.of(), List.of()));
        FormulaCache href = FormulaCache.none(new KatexOptions(KATEX, Map.of(), List.of("\\href")));

        assertThat(href.key("\\href{https://a.org}{a}", false)).isNotEqualTo(none.key("\\href{https://a.org}{a}", false));
        assertThat(new KatexOptions(KATEX, Map.of(), List.of("\\url", "\\href", "\\url")).fingerprint())
                .isEqualTo(new KatexOptions(KATEX, Map.of(), List.of("\\href", "\\url")).fingerprint());
    }
}
