package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.markdown.MarkdownRenderer;

/** How the link checker reads a link's path: percent-escapes as a browser decodes them, and bad ones. */
class LinkCheckerTest {

    /** Checks page {@code a/index.html}, made from {@code markdown}, whose links are {@code hrefs}. */
    private static List<String> check(String markdown, Set<String> files, String... hrefs) {
        StringBuilder html = new StringBuilder("<p>");
        for (String href : hrefs) {
            html.append("<a href=\"").append(href).append("\">x</a> ");
        }
        LinkChecker checker = new LinkChecker(Map.of("a/index.html", html + "</p>"), files::contains);
        return checker.check(Map.of("a/index.html", source("content/a.md", markdown)), "templates").stream().map(Diagnostic::headline).toList();
    }

    /** A page's Markdown with the links its parser finds, as the build hands them to the checker. */
    static LinkChecker.Source source(String name, String markdown) {
        SourceText text = new SourceText(name, markdown);
        return new LinkChecker.Source(text, new MarkdownRenderer().parse(text, new Diagnostics()).links());
    }

    @Test
    void aPlusInAPathIsAPlusNotASpace() {
        assertThat(check("[x](../c++.txt)\n", Set.of("c++.txt"), "../c++.txt")).isEmpty();
        assertThat(check("[x](../c++.txt)\n", Set.of("c  .txt"), "../c++.txt")).containsExactly(
                "content/a.md:1:5: warning: link '../c++.txt' points to c++.txt, which the site does not have");
    }

    @Test
    void percentTwentyIsStillASpace() {
        assertThat(check("[x](../a%20b.txt)\n", Set.of("a b.txt"), "../a%20b.txt")).isEmpty();
    }

    @Test
    void nonAsciiAndEscapedUtf8NameTheSameFile() {
        assertThat(check("[x](../%C3%A9t%C3%A9.txt) [y](../été.txt)\n", Set.of("été.txt"),
                "../%C3%A9t%C3%A9.txt", "../été.txt")).isEmpty();
    }

    @Test
    void aMalformedEscapeIsAWarningAtTheLink() {
        assertThat(check("Text\n\nSee [x](a%zz.html) and [y](../a/#b%2).\n", Set.of(), "a%zz.html", "../a/#b%2"))
                .containsExactly(
                        "content/a.md:3:9: warning: malformed percent-encoding in link 'a%zz.html': a '%' must be "
                                + "followed by two hex digits (write %25 for a '%' itself)",
                        "content/a.md:3:28: warning: malformed percent-encoding in link '../a/#b%2': a '%' must be "
                                + "followed by two hex digits (write %25 for a '%' itself)");
    }

    @Test
    void aBracketOrColonInAFileNameIsReadAsABrowserReadsIt() {
        assertThat(check("[x](../1x:y%20[z].txt)\n", Set.of("1x:y [z].txt"), "../1x:y%20[z].txt")).isEmpty();
    }

    @Test
    void aLinkToTheSiteRootFindsItsIndex() {
        LinkChecker checker = new LinkChecker(Map.of("a/index.html", "<a href=\"../\">home</a>", "index.html", ""),
                f -> false);
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
        assertThat(check("Write `../gone.txt` as a link: [x][r].\n\n[r]: ../gone.txt\n", Set.of(), "../gone.txt"))
                .containsExactly("content/a.md:3:6: warning: link '../gone.txt' points to gone.txt, which the site does not have");
    }

    @Test
    void aLinkWrittenWithAnEntityIsFoundWhereItIsWritten() {
        // the HTML has '&', the Markdown '&amp;': searching the text for the HTML's URL found nothing
        assertThat(check("Intro.\n\n> See [x](../a&amp;b.txt).\n", Set.of(), "../a&b.txt"))
                .containsExactly("content/a.md:3:11: warning: link '../a&b.txt' points to a&b.txt, which the site does not have");
    }

    @Test
    void aLinkInRawHtmlIsFoundInItsAttribute() {
        assertThat(check("../gone.txt is gone:\n\n<p><a href='../gone.txt'>x</a></p>\n", Set.of(), "../gone.txt"))
                .containsExactly("content/a.md:3:13: warning: link '../gone.txt' points to gone.txt, which the site does not have");
    }
}
