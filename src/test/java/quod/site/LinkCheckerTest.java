package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** How the link checker reads a link's path: percent-escapes as a browser decodes them, and bad ones. */
class LinkCheckerTest {

    /** Checks page {@code a/index.html}, made from {@code markdown}, whose links are {@code hrefs}. */
    private static List<String> check(String markdown, Set<String> files, String... hrefs) {
        StringBuilder html = new StringBuilder("<p>");
        for (String href : hrefs) {
            html.append("<a href=\"").append(href).append("\">x</a> ");
        }
        LinkChecker checker = new LinkChecker(Map.of("a/index.html", html + "</p>"), files::contains);
        SourceText source = new SourceText("content/a.md", markdown);
        return checker.check(Map.of("a/index.html", source), "templates").stream().map(Diagnostic::headline).toList();
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
}
