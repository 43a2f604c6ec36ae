package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostic;

/**
 * {@code trust:} in site.yml lets formulas use {@code \href} and its kin; without it each use is a warning
 * at the command, on every build, cached or not, and changing the list re-renders what depends on it.
 */
class KatexTrustSiteTest {
    private static final String NEEDS_TRUST = "a.md:5:6: warning: \\href needs trust: KaTeX shows it as red text; "
            + "to allow it, add it to trust: in site.yml (trust: ['\\href'])";

    @TempDir
    Path tmp;

    private BuildResult build(String siteYml) throws IOException {
        Path content = Files.createDirectories(tmp.resolve("src/content"));
        Files.writeString(content.resolve("a.md"), "---\ntitle: T\n---\n\nSee $\\href{https://example.org}{the source}$.\n");
        Files.writeString(content.resolve("site.yml"), siteYml);
        return new SiteBuild(Fixtures.options(tmp.resolve("src"), tmp.resolve("site"), tmp.resolve("cache"))).run();
    }

    private List<String> links() throws IOException {
        return Jsoup.parse(tmp.resolve("site/a/index.html").toFile(), "UTF-8").select(".katex a").eachAttr("href");
    }

    private static List<String> headlines(BuildResult result) {
        return result.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void trustListedInSiteYmlRendersTheLinkAndChangingTheListNeverServesAStaleFormula() throws IOException {
        BuildResult untrusted = build("title: T\n");
        assertThat(untrusted.succeeded()).isTrue(); // a warning; --strict would fail it
        assertThat(headlines(untrusted)).singleElement().asString().endsWith(NEEDS_TRUST);
        assertThat(links()).isEmpty();

        BuildResult again = build("title: T\n");
        assertThat(headlines(again)).singleElement().asString().endsWith(NEEDS_TRUST);

        BuildResult trusted = build("title: T\ntrust: ['\\href']\n");
        assertThat(headlines(trusted)).isEmpty();
        assertThat(trusted.formulasFromCache()).isZero();
        assertThat(links()).containsExactly("https://example.org");

        BuildResult withdrawn = build("title: T\n");
        assertThat(headlines(withdrawn)).singleElement().asString().endsWith(NEEDS_TRUST);
        assertThat(links()).isEmpty();
    }

    @Test
    void anUnknownCommandInTrustIsAnErrorAtIt() throws IOException {
        BuildResult result = build("title: T\ntrust:\n  - \\href\n  - \\hreff\n");

        assertThat(result.succeeded()).isFalse();
        assertThat(headlines(result)).singleElement().asString().endsWith("site.yml:4:5: 'trust' cannot list '\\hreff'; "
                + "it takes \\href, \\url, \\includegraphics, \\htmlClass, \\htmlId, \\htmlStyle, \\htmlData");
    }
}
