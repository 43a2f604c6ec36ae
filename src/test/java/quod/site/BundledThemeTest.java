package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostic;

/**
 * The bundled theme (the repository's templates/, inside the jar) builds a site that has no templates
 * folder, and a site's templates folder replaces its files one by one.
 */
class BundledThemeTest {
    private static final Path BASIC = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path tmp;

    private BuildResult build(Path templates, Path out) {
        BuildOptions fixture = Fixtures.options(BASIC, out, null);
        return new SiteBuild(new BuildOptions(fixture.source(), templates, out, null, fixture.mathMode(), null, true)).run();
    }

    /** Every file of a built site with a digest of its bytes. */
    private static Map<String, String> digests(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (var e : Fixtures.tree(site).entrySet()) {
            try {
                out.put(e.getKey(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(e.getValue())));
            } catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aSiteWithoutATemplatesFolderIsBuiltByteForByteAsWithTheRepositoryTemplates() throws IOException {
        BuildResult bundled = build(null, tmp.resolve("bundled"));
        BuildResult repository = build(Fixtures.PROJECT_TEMPLATES, tmp.resolve("repository"));

        assertThat(bundled.diagnostics()).isEmpty();
        assertThat(bundled.succeeded()).isTrue();
        assertThat(repository.succeeded()).isTrue();
        assertThat(digests(tmp.resolve("bundled"))).isEqualTo(digests(tmp.resolve("repository")))
                .containsKeys("index.html", "01-first/index.html", "404.html", "print/index.html", "assets/quod.css",
                        "assets/quod.js", "assets/quod-client-math.js");
    }

    @Test
    void aSiteWithOnlyItsOwnPageTemplateGetsItAndTheBundledLayoutIndexAndAssets() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("page.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.title>
                <article class="own-page"><h1>${page.title}</h1>${page.content}</article>
                </@layout.page>
                """);
        BuildResult own = build(templates, tmp.resolve("site"));
        build(null, tmp.resolve("bundled"));

        assertThat(own.diagnostics()).isEmpty();
        Document first = page(tmp.resolve("site"), "01-first/index.html");
        assertThat(first.select("article.own-page h1").text()).isEqualTo("First page");
        assertThat(first.select("header.site-header a.site-title")).hasSize(1); // from the bundled layout
        Map<String, String> site = digests(tmp.resolve("site"));
        Map<String, String> bundled = digests(tmp.resolve("bundled"));
        for (String same : new String[] {"index.html", "404.html", "assets/quod.css", "assets/quod.js"}) {
            assertThat(site.get(same)).as(same).isEqualTo(bundled.get(same));
        }
        assertThat(site.get("01-first/index.html")).isNotEqualTo(bundled.get("01-first/index.html"));
    }

    @Test
    void aSiteLayoutIsUsedByTheBundledPageTemplatesAndASiteAssetReplacesTheBundledOne() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("layout.ftlh"), """
                <#macro page title description="" canonical="" bodyClass="" printStyle="">
                <!DOCTYPE html>
                <html lang="${site.language}"><head><title>${title}</title>
                <link rel="stylesheet" href="${root}assets/quod.css"></head>
                <body class="own-layout"><#nested></body></html>
                </#macro>
                """);
        Files.writeString(templates.resolve("assets/quod.css"), "body { color: teal; }\n");

        BuildResult own = build(templates, tmp.resolve("site"));

        assertThat(own.diagnostics()).isEmpty();
        Path site = tmp.resolve("site");
        for (String p : new String[] {"index.html", "01-first/index.html", "404.html", "print/index.html"}) {
            assertThat(page(site, p).select("body.own-layout")).as(p).hasSize(1);
        }
        assertThat(page(site, "01-first/index.html").select("article.page h1.page-title").text()).isEqualTo("First page");
        assertThat(Files.readString(site.resolve("assets/quod.css"))).isEqualTo("body { color: teal; }\n");
        assertThat(site.resolve("assets/quod.js")).hasSameBinaryContentAs(Path.of("templates/assets/quod.js"));
    }

    @Test
    void aTemplatesFolderThatDoesNotExistIsRefusedAndNothingIsWritten() {
        BuildResult result = build(tmp.resolve("missing"), tmp.resolve("site"));

        assertThat(result.status()).isEqualTo(BuildResult.Status.REFUSED);
        assertThat(result.diagnostics()).extracting(Diagnostic::headline).containsExactly("--templates " + tmp.resolve("missing")
                + ": no such folder; leave out --templates to build with the bundled theme");
        assertThat(tmp.resolve("site")).doesNotExist();
    }
}
