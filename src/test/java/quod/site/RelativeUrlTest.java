package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a link written on a page is resolved: the one reading shared by the link checker and the print page. */
class RelativeUrlTest {
    private static RelativeUrl.Target target(String from, String url) {
        RelativeUrl.Resolution r = RelativeUrl.resolve(from, url);
        assertThat(r).isInstanceOf(RelativeUrl.Target.class);
        return (RelativeUrl.Target) r;
    }

    @Test
    void dotSegmentsAreResolvedAgainstThePagesFolder() {
        assertThat(target("a/b/index.html", "../c.png").path()).isEqualTo("a/c.png");
        assertThat(target("a/b/index.html", "./c.png").path()).isEqualTo("a/b/c.png");
        assertThat(target("a/b/index.html", "../../x/./y/../z.txt").path()).isEqualTo("x/z.txt");
        assertThat(target("a/index.html", "../").path()).isEmpty();
        assertThat(target("a/index.html", "../notes/b/").path()).isEqualTo("notes/b/");
    }

    @Test
    void climbingAboveTheRootIsOutside() {
        assertThat(RelativeUrl.resolve("a/index.html", "../../x.png")).isInstanceOf(RelativeUrl.Outside.class);
        assertThat(RelativeUrl.resolve("index.html", "..")).isInstanceOf(RelativeUrl.Outside.class);
    }

    @Test
    void queryAndFragmentAreKeptApartAsWritten() {
        RelativeUrl.Target t = target("a/index.html", "../b/index.html?x=1&y=2#eq:1");
        assertThat(t.path()).isEqualTo("b/index.html");
        assertThat(t.rawQuery()).isEqualTo("x=1&y=2");
        assertThat(t.rawFragment()).isEqualTo("eq:1");
        RelativeUrl.Target none = target("a/index.html", "c.png");
        assertThat(none.rawQuery()).isNull();
        assertThat(none.rawFragment()).isNull();
        assertThat(target("a/index.html", "c.png#").rawFragment()).isEmpty();
    }

    @Test
    void aLinkWithOnlyAFragmentOrQueryStaysOnItsPage() {
        assertThat(target("a/b/index.html", "#top").path()).isEqualTo("a/b/index.html");
        assertThat(target("a/b/index.html", "#top").fragment()).isEqualTo("top");
        assertThat(target("a/b/index.html", "?q=1").path()).isEqualTo("a/b/index.html");
    }

    @Test
    void escapesAreDecodedAndPlusStaysPlus() {
        RelativeUrl.Target t = target("a/index.html", "a+b%2Bc%20d.txt#x%20y");
        assertThat(t.path()).isEqualTo("a/a+b+c d.txt");
        assertThat(t.rawPath()).isEqualTo("a/a+b%2Bc%20d.txt");
        assertThat(t.fragment()).isEqualTo("x y");
        assertThat(t.rawFragment()).isEqualTo("x%20y");
        assertThat(target("a/index.html", "../%C3%A9t%C3%A9.txt").path()).isEqualTo("été.txt");
    }

    @Test
    void whatABrowserToleratesInAnHrefIsReadNotRefused() {
        assertThat(target("index.html", "1x:y [z].txt").path()).isEqualTo("1x:y [z].txt");
        assertThat(target("index.html", "été.txt").path()).isEqualTo("été.txt");
        assertThat(target("index.html", "été.txt").rawPath()).isEqualTo("%C3%A9t%C3%A9.txt");
        assertThat(target("index.html", "p#a#b").fragment()).isEqualTo("a#b");
    }

    @Test
    void theBasePagesOwnCharactersAreEscapedBeforeResolving() {
        assertThat(target("100% sure/index.html", "x.png").path()).isEqualTo("100% sure/x.png");
        assertThat(target("100% sure/index.html", "x.png").rawPath()).isEqualTo("100%25%20sure/x.png");
    }

    @Test
    void aMalformedEscapeIsReportedNotThrown() {
        assertThat(RelativeUrl.resolve("index.html", "100%")).isInstanceOf(RelativeUrl.Malformed.class);
        assertThat(RelativeUrl.resolve("index.html", "a%zz.html")).isInstanceOf(RelativeUrl.Malformed.class);
        assertThat(RelativeUrl.resolve("index.html", "../a/#b%2")).isInstanceOf(RelativeUrl.Malformed.class);
        assertThat(RelativeUrl.resolve("index.html", "x?q=%g")).isInstanceOf(RelativeUrl.Malformed.class);
    }

    @Test
    void schemesAndProtocolRelativeLinksAreExternal() {
        assertThat(RelativeUrl.isExternal("https://e.org/")).isTrue();
        assertThat(RelativeUrl.isExternal("mailto:a@b")).isTrue();
        assertThat(RelativeUrl.isExternal("//cdn.example/x.js")).isTrue();
        assertThat(RelativeUrl.isExternal("1x:y.txt")).isFalse();
        assertThat(RelativeUrl.isExternal("../a/index.html")).isFalse();
    }
}
