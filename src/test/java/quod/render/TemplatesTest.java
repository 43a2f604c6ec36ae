package quod.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.QuodException;

/**
 * A theme's templates: a missing one or an error in one is reported at the template's file, line and column;
 * HTML templates escape what they print; Quod's built-in templates stand in for ones a theme lacks. And they
 * are third-party code: they may format the data Quod gives them, and nothing more. They cannot make Java
 * objects, call Java methods, run programs or read files outside their folder.
 */
class TemplatesTest {
    @TempDir
    Path tmp;

    private Path theme(String name, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("theme"));
        Files.writeString(dir.resolve(name), text);
        return dir;
    }

    private static List<String> failure(Path dir, String name, Map<String, Object> model) {
        try {
            new Templates(dir, "templates").render(name, model);
        } catch (QuodException e) {
            return e.diagnostics().stream().map(Diagnostic::headline).toList();
        }
        throw new AssertionError(name + " rendered without an error");
    }

    @Test
    void theNewBuiltInCannotRunAProgram() throws IOException {
        Path marker = tmp.resolve("ran");
        Path dir = theme("page.ftlh", "<p>\n  ${\"freemarker.template.utility.Execute\"?new()(\"touch " + marker + "\")}\n");

        assertThat(failure(dir, "page.ftlh", Map.of())).singleElement().asString()
                .startsWith("templates/page.ftlh:2:3: template error: ")
                .contains("freemarker.template.utility.Execute");
        assertThat(marker).doesNotExist();
    }

    @Test
    void theNewBuiltInCannotMakeAnyObject() throws IOException {
        Path dir = theme("page.ftlh", "<#assign c = \"freemarker.template.utility.ObjectConstructor\"?new()>${c(\"java.io.File\", \"/\")}");

        assertThat(failure(dir, "page.ftlh", Map.of())).singleElement().asString()
                .startsWith("templates/page.ftlh:1:1: template error: ");
    }

    @Test
    void theApiBuiltInIsOff() throws IOException {
        Path dir = theme("page.ftlh", "${site.title?api.getClass().getName()}");

        assertThat(failure(dir, "page.ftlh", Map.of("site", Map.of("title", "T")))).singleElement().asString()
                .startsWith("templates/page.ftlh:1:3: template error: ");
    }

    @Test
    void anIncludeCannotClimbOutOfTheTemplatesFolder() throws IOException {
        Path dir = theme("page.ftlh", "<p>\n<#include \"../../../../../../../../etc/passwd\">\n");

        assertThat(failure(dir, "page.ftlh", Map.of())).containsExactly("templates/page.ftlh:2:1: template error: "
                + "Template inclusion failed (for parameter value \"../../../../../../../../etc/passwd\"): Template not "
                + "found for name \"../../../../../../../../etc/passwd\" (normalized: \"etc/passwd\").");
    }

    @Test
    void anIncludeCannotFollowALinkOutOfTheTemplatesFolder() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "password");
        Path dir = theme("page.ftlh", "<p>\n<#include \"secret.ftlh\">\n");
        Files.createSymbolicLink(dir.resolve("secret.ftlh"), secret);

        assertThat(failure(dir, "page.ftlh", Map.of())).containsExactly("templates/page.ftlh:2:1: template error: "
                + "Template inclusion failed (for parameter value \"secret.ftlh\"): 'secret.ftlh' links to a file "
                + "outside the templates folder; a theme may only use its own files");
    }

    @Test
    void aTemplateOutsideTheFolderCannotBeRenderedThroughALink() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "password");
        Path dir = theme("page.ftlh", "<p>ok</p>\n");
        Files.createSymbolicLink(dir.resolve("index.ftlh"), secret);

        assertThat(failure(dir, "index.ftlh", Map.of())).containsExactly("templates/index.ftlh: cannot read template: "
                + "'index.ftlh' links to a file outside the templates folder; a theme may only use its own files");
    }

    @Test
    void anIncludeReachesTheBundledThemeButNoOtherResourceOfQuodsJar() throws IOException {
        Path dir = theme("page.ftlh", "<#include \"../../quod/version.properties\">\n");
        Path uses = theme("uses.ftlh", "<#import \"layout.ftlh\" as layout>${layout?has_content?c}\n");

        assertThat(failure(dir, "page.ftlh", Map.of())).containsExactly("templates/page.ftlh:1:1: template error: "
                + "Template inclusion failed (for parameter value \"../../quod/version.properties\"): Template not found "
                + "for name \"../../quod/version.properties\" (normalized: \"quod/version.properties\").");
        assertThat(new Templates(uses, "templates").render("uses.ftlh", Map.of())).isEqualTo("true\n");
    }

    @Test
    void anErrorInATemplateWithCrLineEndingsIsOnItsLine() throws IOException {
        Path dir = theme("page.ftlh", "<p>\r<p>\r  ${page.autor}\r");

        List<String> problems = failure(dir, "page.ftlh", Map.of("page", Map.of("title", "T")));
        assertThat(problems).containsExactly("templates/page.ftlh:3:5: template error: 'page.autor' is missing "
                + "(null or not defined); test it with ?? or give a default with !");
    }

    @Test
    void dataTemplatesAreGivenStillRenders() throws IOException {
        Path dir = theme("page.ftlh", "<#list pages as p>${p.title}:${p.n + 1}<#if p.ok>!</#if>${p.html} </#list>");

        String html = new Templates(dir, "templates").render("page.ftlh", Map.of("pages", List.of(
                Map.of("title", "A<", "n", 1, "ok", true, "html", Templates.markup("<b>x</b>")))));
        assertThat(html).isEqualTo("A&lt;:2!<b>x</b> ");
    }

    @Test
    void aTemplateNeitherTheSiteNorTheBundledThemeHasIsAnErrorNamingTheFileToAdd() throws IOException {
        Path dir = theme("page.ftlh", "<p>ok</p>");

        assertThat(failure(dir, "chapter.ftlh", Map.of()))
                .containsExactly("templates/chapter.ftlh: template not found: add templates/chapter.ftlh");
    }

    @Test
    void anUnclosedDirectiveIsReportedWhereFreemarkerFindsItWithTheLine() throws IOException {
        Path dir = theme("page.ftlh", "<p>\n  <#if page.title>\n</p>\n");

        QuodException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new Templates(dir, "templates").render("page.ftlh", Map.of()), QuodException.class);
        // Freemarker finds the #if unclosed at the end of the file, and says which tag
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.headline()).isEqualTo("templates/page.ftlh:3:5: template error: Unexpected end of file "
                    + "reached. You have an unclosed #if. Check if the FreeMarker end-tags are present, and aren't "
                    + "malformed. (Note that FreeMarker end-tags must have # or @ after the / character.)");
            assertThat(d.sourceLine()).isEqualTo("</p>");
        });
    }

    @Test
    void aSyntaxErrorIsReportedWhereItIsWithoutFreemarkersListOfExpectedTokens() throws IOException {
        Path dir = theme("page.ftlh", "<h1>${site.title</h1>\n");

        // Freemarker goes on to list every token class it would take ("<STRING_LITERAL>", "<ID>", ...): not
        // something an author can act on; the caret under the line shows where
        assertThat(failure(dir, "page.ftlh", Map.of()))
                .containsExactly("templates/page.ftlh:1:18: template error: Encountered \"/\"");
        assertThat(failure(theme("other.ftlh", "<#list xs as>\n"), "other.ftlh", Map.of()))
                .containsExactly("templates/other.ftlh:1:13: template error: Encountered \">\"");
    }

    @Test
    void anErrorInAnIncludedTemplateIsReportedInThatTemplate() throws IOException {
        Path dir = theme("page.ftlh", "<#include \"parts/head.ftlh\">\n");
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/head.ftlh"), "<head>\n<title>${page.titel}</title>\n");

        QuodException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new Templates(dir, "templates").render("page.ftlh", Map.of("page", Map.of("title", "T"))),
                QuodException.class);
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.headline()).isEqualTo("templates/parts/head.ftlh:2:10: template error: 'page.titel' is "
                    + "missing (null or not defined); test it with ?? or give a default with !");
            assertThat(d.sourceLine()).isEqualTo("<title>${page.titel}</title>");
        });
    }

    @Test
    void aMissingTemplatesFolderIsAnError() {
        assertThatThrownBy(() -> new Templates(tmp.resolve("nope"), "nope")).isInstanceOf(QuodException.class)
                .hasMessage("nope: templates folder not found");
    }

    @Test
    void htmlTemplatesEscapeTextAndPrintMarkupAsItIs() throws IOException {
        Path dir = theme("page.ftlh", "<p title=\"${t}\">${t}</p>${m}");

        String html = new Templates(dir, "templates").render("page.ftlh",
                Map.of("t", "a<b & \"c\"", "m", Templates.markup("<em>x</em>")));
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("p").attr("title")).isEqualTo("a<b & \"c\"");
        assertThat(html).isEqualTo("<p title=\"a&lt;b &amp; &quot;c&quot;\">a&lt;b &amp; &quot;c&quot;</p><em>x</em>");
    }

    @Test
    void numbersArePrintedForComputersNotPeople() throws IOException {
        Path dir = theme("page.ftlh", "${n} ${x}");

        assertThat(new Templates(dir, "templates").render("page.ftlh", Map.of("n", 1234567, "x", 0.5)))
                .isEqualTo("1234567 0.5");
    }

    @Test
    void theBuiltInSitemapIsUsedWhenTheThemeHasNoneAndIsXmlEscaped() throws IOException {
        Path dir = theme("page.ftlh", "<p>ok</p>");

        String xml = new Templates(dir, "templates").render("sitemap.ftlx",
                Map.of("urls", List.of("https://example.org/", "https://example.org/a?b=1&c=2")));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        assertThat(org.jsoup.Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser()).select("url > loc").eachText())
                .containsExactly("https://example.org/", "https://example.org/a?b=1&c=2");
        assertThat(xml).contains("<loc>https://example.org/a?b=1&amp;c=2</loc>");
    }

    @Test
    void aThemesOwnSitemapReplacesTheBuiltInOne() throws IOException {
        Path dir = theme("sitemap.ftlx", "<urls><#list urls as u><u>${u}</u></#list></urls>");

        assertThat(new Templates(dir, "templates").render("sitemap.ftlx", Map.of("urls", List.of("a&b"))))
                .isEqualTo("<urls><u>a&amp;b</u></urls>");
    }
}
