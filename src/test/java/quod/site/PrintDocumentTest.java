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
        return PrintDocument.of(home, pages).stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow().html();
    }

    @Test
    void idsAndReferencesToThemArePrefixedWithThePage() {
        assertThat(rewrite("x", "<h2 id=\"setup\"><a href=\"#setup\">#</a></h2><section aria-labelledby=\"t1 t2\">"))
                .isEqualTo("<h2 id=\"x--setup\"><a href=\"#x--setup\">#</a></h2><section aria-labelledby=\"x--t1 x--t2\">");
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
}
