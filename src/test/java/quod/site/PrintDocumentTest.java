package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quod.render.SiteModel.PageEntry;

/** How one page's HTML is rewritten to live in the print page beside the others. */
class PrintDocumentTest {
    private static String rewrite(String slug, String html) {
        PageEntry home = new PageEntry("", "Home", "", "", List.of());
        List<PageEntry> others = List.of(new PageEntry("a", "A", "", "", List.of()),
                new PageEntry("notes/b", "B", "", "", List.of()));
        List<PageEntry> pages = new java.util.ArrayList<>(others.stream().filter(p -> !p.slug().equals(slug)).toList());
        pages.add(new PageEntry(slug, "X", "", html, List.of()));
        PrintDocument doc = PrintDocument.of(home, pages);
        return doc.html(java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(home), pages.stream())
                .filter(p -> p.slug().equals(slug)).findFirst().orElseThrow());
    }

    @Test
    void idsAndReferencesToThemArePrefixedWithThePage() {
        assertThat(rewrite("x", "<h2 id=\"setup\"><a href=\"#setup\">#</a></h2><section aria-labelledby=\"t1 t2\">"))
                .isEqualTo("<h2 id=\"x--setup\"><a href=\"#x--setup\">#</a></h2><section aria-labelledby=\"x--t1 x--t2\">");
    }

    @Test
    void aScrollBoxNameGetsThePageTitleSoEquationOneOfTwoPagesAreTwoLandmarks() {
        assertThat(rewrite("x", "<div class=\"math-scroll scroll-box\" role=\"region\" aria-label=\"Equation (1)\">"
                + "<div class=\"table-display scroll-box\" aria-label='Table 2'><span aria-label=\"kept\">"))
                .isEqualTo("<div class=\"math-scroll scroll-box\" role=\"region\" aria-label=\"Equation (1), X\">"
                        + "<div class=\"table-display scroll-box\" aria-label=\"Table 2, X\"><span aria-label=\"kept\">");
    }

    @Test
    void linksToOtherPagesPointIntoTheirArticles() {
        assertThat(rewrite("x", "<a href=\"../a/index.html\">")).isEqualTo("<a href=\"#page-a\">");
        assertThat(rewrite("x", "<a href=\"../a/index.html#eq:1\">")).isEqualTo("<a href=\"#a--eq:1\">");
        assertThat(rewrite("x", "<a href=\"../notes/b/\">")).isEqualTo("<a href=\"#page-notes_b\">");
        assertThat(rewrite("notes/b", "<a href=\"../../index.html\">")).isEqualTo("<a href=\"#page-index\">");
    }

    @Test
    void otherRelativeUrlsAreRebasedToThePrintFolderAndAbsoluteOnesKept() {
        assertThat(rewrite("notes/b", "<img src=\"../../images/p.svg\">")).isEqualTo("<img src=\"../images/p.svg\">");
        assertThat(rewrite("x", "<img src=\"pic.png\">")).isEqualTo("<img src=\"../x/pic.png\">");
        assertThat(rewrite("x", "<a href=\"../missing/index.html\">")).isEqualTo("<a href=\"../missing/index.html\">");
        assertThat(rewrite("x", "<a href=\"https://e.org/a#b\"><a href=\"mailto:a@b\">"))
                .isEqualTo("<a href=\"https://e.org/a#b\"><a href=\"mailto:a@b\">");
    }

    @Test
    void detailsAreOpenedOnceAndTextIsLeftAlone() {
        assertThat(rewrite("x", "<details class=\"hint\"><summary>Hint</summary></details>"))
                .isEqualTo("<details open class=\"hint\"><summary>Hint</summary></details>");
        assertThat(rewrite("x", "<details open><summary>S</summary></details>")).isEqualTo("<details open><summary>S</summary></details>");
        assertThat(rewrite("x", "<p>id=&quot;a&quot; and <code>&lt;details&gt;</code></p>"))
                .isEqualTo("<p>id=&quot;a&quot; and <code>&lt;details&gt;</code></p>");
    }

    @Test
    void singleQuotedAndUnquotedAttributesAreRewrittenToo() {
        assertThat(rewrite("x", "<h2 id='setup'><a href='#setup'>#</a></h2><img src=pic.png alt=p>"))
                .isEqualTo("<h2 id=\"x--setup\"><a href=\"#x--setup\">#</a></h2><img src=\"../x/pic.png\" alt=p>");
        assertThat(rewrite("x", "<a href='../a/index.html' class=k>a</a><label for=n>")).isEqualTo(
                "<a href=\"#page-a\" class=k>a</a><label for=\"x--n\">");
        assertThat(rewrite("x", "<DETAILS ID=d>")).isEqualTo("<DETAILS open ID=\"x--d\">");
    }

    @Test
    void markupInCommentsScriptsAndTextIsNotMarkup() {
        String html = "<!-- <a href=\"#a\"> --><script>let s = '<a id=\"b\">';</script>"
                + "<pre><code>&lt;a href=\"#c\"&gt;</code></pre><textarea><img src=\"d.png\"></textarea>";
        assertThat(rewrite("x", html)).isEqualTo(html);
    }

    @Test
    void onlyTheRewrittenAttributesChangeAndTheRestIsLeftByteForByte() {
        String html = "<p>a<br />b&nbsp;c &#x27; <span class=\"k\" style='x'>\u00a0</span><section>"
                + "<a href=\"https://e.org/?a=1&amp;b=2\">e</a>";
        assertThat(rewrite("x", html)).isEqualTo(html);
        assertThat(rewrite("x", "<a href=\"../a/index.html?v=1&amp;w=2#k\" title='it&#39;s'>"))
                .isEqualTo("<a href=\"../a/index.html?v=1&amp;w=2#k\" title='it&#39;s'>");
        assertThat(rewrite("x", "<span id=\"a&amp;b\">")).isEqualTo("<span id=\"x--a&amp;b\">");
    }

    @Test
    void aMalformedOrEscapingLinkIsLeftForTheLinkCheckerToReport() {
        assertThat(rewrite("x", "<a href=\"100%\">")).isEqualTo("<a href=\"100%\">");
        assertThat(rewrite("x", "<a href=\"../../../up.html\">")).isEqualTo("<a href=\"../../../up.html\">");
    }

    @Test
    void emptyAndMissingValuesAndLineEndingsKeepTheirPlaces() {
        assertThat(rewrite("x", "<span id=\"\">a</span><span id=''>b</span><span id>c</span>"))
                .isEqualTo("<span id=\"x--\">a</span><span id=\"x--\">b</span><span id>c</span>");
        assertThat(rewrite("x", "<p>\r\n<span\r\n  id = 'q'\r\n>\u0000</span>\r\n<a href=#q>"))
                .isEqualTo("<p>\r\n<span\r\n  id=\"x--q\"\r\n>\u0000</span>\r\n<a href=\"#x--q\">");
    }
}
