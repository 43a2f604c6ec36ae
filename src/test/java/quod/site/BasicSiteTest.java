package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds {@code sites/basic} once with build-time math and checks the site a reader gets. */
class BasicSiteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/basic");

    @TempDir
    static Path tmp;
    static Fixtures.Built built;

    @BeforeAll
    static void build() {
        built = Fixtures.build(FIXTURE, tmp, true);
    }

    @Test
    void buildSucceedsWithoutDiagnostics() {
        assertThat(built.result().diagnostics()).isEmpty();
        assertThat(built.result().succeeded()).isTrue();
    }

    @Test
    void everyPublishedPageIsWrittenAtAPrettyUrlAndDraftsAreNot() {
        assertThat(built.root().resolve("index.html")).exists();
        assertThat(built.root().resolve("01-first/index.html")).exists();
        assertThat(built.root().resolve("02-second/index.html")).exists();
        assertThat(built.root().resolve("notes/extra/index.html")).exists();
        assertThat(built.root().resolve("drafty")).doesNotExist();
        assertThat(built.root().resolve("404.html")).exists();
        assertThat(built.root().resolve(".nojekyll")).exists();
        assertThat(built.result().pages()).isEqualTo(4);
    }

    @Test
    void formulasAreRenderedAtBuildTimeWithMathMl() throws IOException {
        Document first = built.page("01-first/index.html");
        assertThat(first.select(".katex")).hasSize(5);
        assertThat(first.select(".katex-display")).hasSize(1);
        assertThat(first.select(".katex math")).isNotEmpty();
        assertThat(first.select(".katex-error, .math-error")).isEmpty();
        // With math rendered at build time the scripts are the theme toggle's, the search box's (which loads lunr
        // and the index only when used) and copy-as-TeX's (1.7 KB; it only answers a copy), never KaTeX's renderer.
        assertThat(first.select("script[src]").eachAttr("src")).containsExactly("../assets/quod.js",
                "../assets/quod-search.js", "../assets/katex/contrib/copy-tex.min.js");
        assertThat(first.select("annotation").eachText()).contains("a_1 * b_2 = c_{12}^*");
    }

    @Test
    void noStrayDollarsOrDelimitersRemainOutsideMath() throws IOException {
        for (String path : List.of("index.html", "01-first/index.html", "02-second/index.html", "notes/extra/index.html")) {
            Document doc = built.page(path);
            doc.select(".katex").remove();
            String text = doc.body().text();
            assertThat(text).as(path).doesNotContain("$$").doesNotContain("\\(").doesNotContain("\\[");
            String withoutPrices = text.replace("$5", "").replace("$6", "").replace("$7", "");
            assertThat(withoutPrices).as(path).doesNotContain("$");
        }
        assertThat(built.page("01-first/index.html").body().text()).contains("Prices like $5 and $6 stay text, and so does $7.");
    }

    @Test
    void siteMacrosAreApplied() throws IOException {
        Document home = built.page("index.html");
        assertThat(home.select(".katex annotation").eachText()).contains("\\R^n");
        assertThat(home.select(".katex .mathbb")).isNotEmpty();
    }

    @Test
    void indexListsPagesInOrderWithSummaries() throws IOException {
        Document home = built.page("index.html");
        List<String> titles = home.select(".page-list > li > a").eachText();
        assertThat(titles).containsExactly("First page", "Second page", "Extra notes");
        // not numbered 1, 2, 3 by the list: those numbers would disagree with the problems' own
        assertThat(home.select("ol.page-list")).isEmpty();
        assertThat(home.select("ul.page-list > li")).hasSize(3);
        assertThat(home.select(".page-list p").first().text()).isEqualTo("The first page, with inline and display math.");
        assertThat(home.select(".content").text()).contains("Welcome.");
    }

    @Test
    void everyInternalLinkIsRelativeAndResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> htmlFiles;
        try (var walk = Files.walk(built.root())) {
            htmlFiles = walk.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html")).toList();
        }
        for (Path file : htmlFiles) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("^[a-z]+:.*") || e.tagName().equals("link") && e.attr("rel").equals("canonical")) {
                    continue;
                }
                assertThat(url).as("link in " + file).doesNotStartWith("/");
                String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
                Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                if (!Files.isRegularFile(target)) {
                    broken.add(built.root().relativize(file) + " -> " + url);
                } else if (!fragment.isEmpty() && target.toString().endsWith(".html")) {
                    Document t = Jsoup.parse(target.toFile(), "UTF-8");
                    if (t.getElementById(fragment) == null) {
                        broken.add(built.root().relativize(file) + " -> " + url + " (no such anchor)");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void assetsAndContentFilesAreCopied() {
        assertThat(built.root().resolve("assets/quod.css")).exists();
        assertThat(built.root().resolve("assets/katex/katex.min.css")).exists();
        assertThat(built.root().resolve("assets/katex/fonts/KaTeX_Main-Regular.woff2")).exists();
        assertThat(built.root().resolve("assets/katex/katex.min.js")).doesNotExist();
        assertThat(built.root().resolve("assets/favicon.svg")).exists();
        assertThat(built.root().resolve("assets/katex/contrib/copy-tex.min.js")).exists();
        assertThat(built.root().resolve("images/dot.svg")).exists();
        assertThat(built.root().resolve("site.yml")).doesNotExist();
    }

    @Test
    void katexLicenceTravelsWithItsAssets() throws IOException {
        String licence = Files.readString(built.root().resolve("assets/katex/LICENSE"), StandardCharsets.UTF_8);
        assertThat(licence).startsWith("The MIT License")
                .contains("Copyright (c) 2013-2020 Khan Academy and other contributors")
                .contains("The above copyright notice and this permission notice shall be included");
    }

    @Test
    void sitemapAndCanonicalLinksUseTheBaseUrl() throws IOException {
        String sitemap = Files.readString(built.root().resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertThat(sitemap).contains("<loc>https://example.github.io/repo/</loc>")
                .contains("<loc>https://example.github.io/repo/01-first/</loc>")
                .contains("<loc>https://example.github.io/repo/notes/extra/</loc>");
        assertThat(built.page("01-first/index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.github.io/repo/01-first/");
    }

    @Test
    void pagesLinkToNeighboursAndHome() throws IOException {
        Document second = built.page("02-second/index.html");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("../01-first/index.html");
        assertThat(second.select("a[rel=next]").attr("href")).isEqualTo("../notes/extra/index.html");
        assertThat(built.page("notes/extra/index.html").select("a.home").attr("href")).isEqualTo("../../index.html");
        assertThat(built.page("notes/extra/index.html").select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("../../assets/katex/katex.min.css", "../../assets/quod.css");
    }

    @Test
    void pagesDeclareTheirLanguageAndHaveOneMainLandmark() throws IOException {
        Document first = built.page("01-first/index.html");
        assertThat(first.select("html").attr("lang")).isEqualTo("en");
        assertThat(first.select("main#main")).hasSize(1);
        assertThat(first.select("h1")).hasSize(1);
        assertThat(first.title()).isEqualTo("First page · Fixture site");
    }

    @Test
    void summaryLineCountsPagesAndFormulas() {
        String summary = built.result().summary("site");
        assertThat(summary).matches("Built 4 pages, \\d+ formulas \\(\\d+ from cache\\), 0 checks passed in \\d+\\.\\d\\d s -> site/");
        assertThat(built.result().formulas()).isEqualTo(9);
    }

    static Map<String, byte[]> files() throws IOException {
        return Fixtures.tree(built.root());
    }
}
