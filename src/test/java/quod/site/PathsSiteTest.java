package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code sites/paths}: pages in nested folders ({@code notes/index.md}, {@code notes/deep.md}), images
 * beside pages and in a shared folder, links to pages' Markdown files with fragments, a reference definition,
 * and raw HTML. Every link is written relative to its Markdown file; the site must build without a warning
 * (so the link checker found every link and fragment) and every link must lead where the Markdown says.
 */
class PathsSiteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/paths");

    @TempDir
    static Path tmp;
    static Fixtures.Built built;

    @BeforeAll
    static void build() {
        built = Fixtures.build(FIXTURE, tmp, false);
    }

    /** The targets of a page's links and images inside its content, in document order. */
    private static List<String> contentLinks(String path) throws IOException {
        return built.page(path).select(".content a[href]:not(.anchor), .content img[src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).toList();
    }

    @Test
    void theSiteBuildsWithoutAWarningSoTheLinkCheckerFoundEveryTarget() {
        assertThat(built.result().diagnostics()).isEmpty();
        assertThat(built.result().succeeded()).isTrue();
    }

    @Test
    void linksOfTheHomePageAreWrittenAsTheyAreExceptLinksToMarkdownFiles() throws IOException {
        assertThat(contentLinks("index.html")).containsExactly(
                "01-eigen/index.html#setup", "notes/deep/index.html", "notes/index.html#overview", "images/logo.svg");
    }

    @Test
    void linksOfAPageOneFolderDeeperThanItsMarkdownFileGainAStepUp() throws IOException {
        assertThat(contentLinks("01-eigen/index.html")).containsExactly(
                "../images/bar.svg", "../notes/deep/index.html#details", "../data/points.csv", "../index.html",
                "../notes/index.html#overview");
    }

    @Test
    void linksOfAnIndexPageInAFolderAreWrittenAsTheyAre() throws IOException {
        assertThat(contentLinks("notes/index.html")).containsExactly(
                "fig.svg", "deep/index.html", "../01-eigen/index.html#setup", "../index.html");
    }

    @Test
    void linksOfANestedPageReachFilesBesideItsMarkdownFileAndInTheFolderItIsWrittenTo() throws IOException {
        assertThat(contentLinks("notes/deep/index.html")).containsExactly(
                "../fig.svg", "../../images/logo.svg", "table.csv", "../index.html#overview",
                "../../01-eigen/index.html#setup", "../../index.html", "../../01-eigen/index.html#setup");
    }

    @Test
    void everyLinkOfEveryPageLeadsToAFileOfTheSiteAndAnIdInIt() throws IOException {
        // read as a browser would, with java.net.URI, apart from the link checker that the build ran
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (var walk = Files.walk(built.root())) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html")).toList();
        }
        for (Path file : pages) {
            for (Element e : Jsoup.parse(file.toFile(), "UTF-8").select("a[href], img[src], link[href], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("^[a-z]+:.*") || "canonical".equals(e.attr("rel"))) {
                    continue;
                }
                URI resolved = file.toUri().resolve(url);
                Path target = Path.of(URI.create(resolved.getScheme() + ":" + resolved.getRawPath()));
                if (Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                String fragment = resolved.getFragment();
                if (!target.startsWith(built.root()) || !Files.isRegularFile(target)) {
                    broken.add(built.root().relativize(file) + " -> " + url);
                } else if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                        && Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null) {
                    broken.add(built.root().relativize(file) + " -> " + url + " (no such id)");
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(4);
        assertThat(broken).isEmpty();
    }
}
