package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.markdown.MarkdownRenderer;
import quod.page.SiteLinks;

/**
 * How the link checker reads a link's path (percent-escapes as a browser decodes them, and bad ones), and
 * how it names a broken link: where the author wrote it, as the author wrote it, though the build rewrote
 * it from the Markdown file's folder to the page's.
 */
class LinkCheckerTest {
    /** The site of these tests: page {@code a} from {@code a.md}, written to {@code a/index.html}. */
    private static final SiteLinks SITE = new SiteLinks(Map.of("a.md", "a"));

    /**
     * Checks page {@code a/index.html}, made from {@code content/a.md} holding {@code markdown}, whose links in
     * the HTML are {@code hrefs}; {@code drafts} are Markdown files left out as drafts.
     */
    private static List<String> check(String markdown, Set<String> files, Set<String> drafts, String... hrefs) {
        StringBuilder html = new StringBuilder("<p>");
        for (String href : hrefs) {
            html.append("<a href=\"").append(href).append("\">x</a> ");
        }
        LinkChecker checker = new LinkChecker(Map.of("a/index.html", html + "</p>"), files::contains, drafts);
        LinkChecker.Source source = source("a.md", markdown, url -> SITE.inHtml("a.md", url));
        return checker.check(Map.of("a/index.html", source), "templates").stream().map(Diagnostic::headline).toList();
    }

    private static List<String> check(String markdown, Set<String> files, String... hrefs) {
        return check(markdown, files, Set.of(), hrefs);
    }

    /**
     * A page's Markdown, file {@code content/PATH}, with the links its parser finds, as the build hands them to
     * the checker.
     */
    static LinkChecker.Source source(String path, String markdown, UnaryOperator<String> rewrite) {
        SourceText text = new SourceText("content/" + path, markdown);
        return LinkChecker.Source.of(text, path, new MarkdownRenderer().parse(text, new Diagnostics()).links(), rewrite);
    }

    /** A page whose HTML is in its Markdown file's folder (an {@code index.md}): its links are published as written. */
    static LinkChecker.Source source(String path, String markdown) {
        return source(path, markdown, UnaryOperator.identity());
    }

    @Test
    void aPlusInAPathIsAPlusNotASpace() {
        assertThat(check("[x](c++.txt)\n", Set.of("c++.txt"), "../c++.txt")).isEmpty();
        assertThat(check("[x](c++.txt)\n", Set.of("c  .txt"), "../c++.txt")).containsExactly(
                "content/a.md:1:5: warning: link 'c++.txt' points to c++.txt, which the site does not have");
    }

    @Test
    void percentTwentyIsStillASpace() {
        assertThat(check("[x](a%20b.txt)\n", Set.of("a b.txt"), "../a%20b.txt")).isEmpty();
    }

    @Test
    void nonAsciiAndEscapedUtf8NameTheSameFile() {
        assertThat(check("[x](%C3%A9t%C3%A9.txt) [y](été.txt)\n", Set.of("été.txt"),
                "../%C3%A9t%C3%A9.txt", "../été.txt")).isEmpty();
    }

    @Test
    void aMalformedEscapeIsAWarningAtTheLinkAsWritten() {
        assertThat(check("Text\n\nSee [x](a%zz.html) and [y](a.md#b%2).\n", Set.of(), "../a%zz.html", "index.html#b%2"))
                .containsExactly(
                        "content/a.md:3:9: warning: malformed percent-encoding in link 'a%zz.html': a '%' must be "
                                + "followed by two hex digits (write %25 for a '%' itself)",
                        "content/a.md:3:28: warning: malformed percent-encoding in link 'a.md#b%2': a '%' must be "
                                + "followed by two hex digits (write %25 for a '%' itself)");
    }

    @Test
    void aBracketOrColonInAFileNameIsReadAsABrowserReadsIt() {
        assertThat(check("[x](1x:y%20[z].txt)\n", Set.of("1x:y [z].txt"), "../1x:y%20[z].txt")).isEmpty();
    }

    @Test
    void aLinkToTheSiteRootFindsItsIndex() {
        LinkChecker checker = new LinkChecker(Map.of("a/index.html", "<a href=\"../\">home</a>", "index.html", ""),
                f -> false, Set.of());
        assertThat(checker.check(Map.of(), "templates")).isEmpty();
    }

    @Test
    void aFragmentThatLooksLikeAHostIsAnIdNotAnError() {
        // read as a URI of its own, "//where" was a host, the id '' and jsoup threw (found by fuzzing)
        assertThat(check("[x](#//where)\n", Set.of(), "#//where")).containsExactly(
                "content/a.md:1:5: warning: link '#//where': no element with id '//where' in a/index.html");
    }

    @Test
    void aBrokenReferenceLinkIsReportedAtItsDefinitionNotAtTheSameTextInCode() {
        assertThat(check("Write `gone.txt` as a link: [x][r].\n\n[r]: gone.txt\n", Set.of(), "../gone.txt"))
                .containsExactly("content/a.md:3:6: warning: link 'gone.txt' points to gone.txt, which the site does not have");
    }

    @Test
    void aLinkWrittenWithAnEntityIsFoundWhereItIsWritten() {
        // the HTML has '&', the Markdown '&amp;': searching the text for the HTML's URL found nothing
        assertThat(check("Intro.\n\n> See [x](a&amp;b.txt).\n", Set.of(), "../a&b.txt"))
                .containsExactly("content/a.md:3:11: warning: link 'a&amp;b.txt' points to a&b.txt, which the site does not have");
    }

    @Test
    void aLinkInRawHtmlIsFoundInItsAttributeAndReadFromThePage() {
        assertThat(check("../gone.txt is gone:\n\n<p><a href='../gone.txt'>x</a></p>\n", Set.of(), "../gone.txt"))
                .containsExactly("content/a.md:3:13: warning: link '../gone.txt' points to gone.txt, which the site does not have "
                        + "(raw HTML is published as written: its links are read from a/index.html, not from the Markdown "
                        + "file's folder)");
    }

    @Test
    void theSameTextInMarkdownAndInRawHtmlIsTwoLinksAndTheBrokenOneIsReported() {
        // Markdown's img.png is the page folder's file, ../img.png from the page; raw HTML's stays a/img.png
        assertThat(check("![dot](img.png)\n\n<a href=\"img.png\">the same?</a>\n", Set.of("img.png"), "../img.png", "img.png"))
                .containsExactly("content/a.md:3:10: warning: link 'img.png' points to a/img.png, which the site does not have "
                        + "(raw HTML is published as written: its links are read from a/index.html, not from the Markdown "
                        + "file's folder)");
    }

    @Test
    void aLinkWrittenFromThePageFolderAsBeforeClimbsOutOfTheContentFolderAndSaysHowToWriteItNow() {
        assertThat(check("![dot](../images/dot.png?v=1#x)\n", Set.of("images/dot.png"), "../../images/dot.png?v=1#x"))
                .containsExactly("content/a.md:1:8: warning: link '../images/dot.png?v=1#x' points outside the site; a "
                        + "link in Markdown is relative to the Markdown file's folder, whose top is the content folder: "
                        + "write 'images/dot.png?v=1#x'");
        assertThat(check("![dot](../../nothing.png)\n", Set.of(), "../../../nothing.png"))
                .containsExactly("content/a.md:1:8: warning: link '../../nothing.png' points outside the site; a "
                        + "link in Markdown is relative to the Markdown file's folder, whose top is the content folder");
    }

    @Test
    void aLinkToAMarkdownFileThatIsNotAPageSaysWhy() {
        assertThat(check("[draft](notes/later.md#x) and [gone](nope.md)\n", Set.of(), Set.of("notes/later.md"),
                "../notes/later.md#x", "../nope.md")).containsExactly(
                "content/a.md:1:9: warning: link 'notes/later.md#x' points to notes/later.md, a draft ('draft: true'), "
                        + "which is not published",
                "content/a.md:1:38: warning: link 'nope.md' points to nope.md, which is not a page of the site (there is "
                        + "no such Markdown file in the content folder)");
    }
}
