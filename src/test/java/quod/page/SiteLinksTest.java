package quod.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A link written relative to the Markdown file, as the page's HTML file must hold it. */
class SiteLinksTest {
    private static final SiteLinks SITE = new SiteLinks(Map.of(
            "index.md", "", "01-eigen.md", "01-eigen", "02-pca.md", "02-pca", "notes/index.md", "notes",
            "notes/deep.md", "notes/deep", "my notes.md", "my notes", "100% sure/a.md", "100% sure/a",
            "100% sure/b.md", "100% sure/b"));

    @ParameterizedTest(name = "in {0}: ''{1}'' -> ''{2}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a page one folder deeper than its Markdown file: files of that folder are one level up
            01-eigen.md    | images/bar.png              | ../images/bar.png
            01-eigen.md    | ./images/bar.png            | ../images/bar.png
            01-eigen.md    | images/../bar.png?v=2#top   | ../bar.png?v=2#top
            notes/deep.md  | fig.png                     | ../fig.png
            notes/deep.md  | ../images/bar.png           | ../../images/bar.png
            notes/deep.md  | deep/data.csv               | data.csv
            # an index.md is written in its own folder: its links stay as written
            index.md       | images/bar.png              | images/bar.png
            index.md       | ./images/./bar.png          | ./images/./bar.png
            notes/index.md | fig.png                     | fig.png
            # a link to a page's Markdown file is a link to the page, fragment and query kept
            01-eigen.md    | 02-pca.md                   | ../02-pca/index.html
            01-eigen.md    | 02-pca.md#problem-1         | ../02-pca/index.html#problem-1
            01-eigen.md    | ./02-pca.md?print#x         | ../02-pca/index.html?print#x
            01-eigen.md    | 01-eigen.md#setup           | index.html#setup
            01-eigen.md    | index.md                    | ../index.html
            01-eigen.md    | notes/deep.md               | ../notes/deep/index.html
            01-eigen.md    | notes/                      | ../notes/
            notes/deep.md  | ../index.md                 | ../../index.html
            notes/deep.md  | index.md                    | ../index.html
            notes/deep.md  | ../01-eigen.md#x            | ../../01-eigen/index.html#x
            notes/index.md | deep.md                     | deep/index.html
            index.md       | notes/deep.md               | notes/deep/index.html
            index.md       | my%20notes.md               | my%20notes/index.html
            index.md       | my notes.md                 | my%20notes/index.html
            100% sure/a.md | b.md#x                      | ../b/index.html#x
            100% sure/a.md | ../index.md                 | ../../index.html
            01-eigen.md    | 100%25%20sure/a.md          | ../100%25%20sure/a/index.html
            # a Markdown file that is not a page is a file like any other (the link checker reports it)
            01-eigen.md    | drafty.md                   | ../drafty.md
            # above the content folder: kept above the site root, for the link checker to report
            01-eigen.md    | ../images/bar.png           | ../../images/bar.png
            notes/deep.md  | ../../x.png                 | ../../../x.png
            index.md       | ../x.png                    | ../x.png
            # the page's own folder
            01-eigen.md    | .                           | ../
            notes/deep.md  | ./                          | ../
            # left as written: other sites, the page itself, the site root
            01-eigen.md    | https://example.org/a.md    | https://example.org/a.md
            01-eigen.md    | mailto:me@example.org       | mailto:me@example.org
            01-eigen.md    | //example.org/x.png         | //example.org/x.png
            01-eigen.md    | #setup                      | #setup
            01-eigen.md    | ?q=1                        | ?q=1
            01-eigen.md    | /images/bar.png             | /images/bar.png
            """)
    void aLinkLeadsWhereTheMarkdownFileSays(String source, String written, String inHtml) {
        assertThat(SITE.inHtml(source, written)).isEqualTo(inHtml);
    }

    @Test
    void aPathWhoseFirstSegmentHasAColonIsNotReadAsAScheme() {
        SiteLinks site = new SiteLinks(Map.of("a.md", "a"));
        assertThat(site.inHtml("a.md", "a/c:d.png")).isEqualTo("./c:d.png");
    }

    @Test
    void aMalformedEscapeIsRewrittenAsWrittenAndLeftToTheLinkChecker() {
        assertThat(SITE.inHtml("01-eigen.md", "a%zz.png")).isEqualTo("../a%zz.png");
    }

    @Test
    void onlyPagesOfTheSiteHaveLinksRewritten() {
        assertThatThrownBy(() -> SITE.inHtml("drafty.md", "x.png")).isInstanceOf(IllegalArgumentException.class);
    }
}
