package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code numbering:} in a built site: by default every page counts from 1; with {@code within: section} the
 * numbers run on through a section's pages in reading order, and a reference from the next page shows the
 * number the statement has; counters given in site.yml are shared.
 */
class NumberingSiteTest {
    @TempDir
    Path tmp;

    private Path site(String siteYml) throws IOException {
        Path content = tmp.resolve("content");
        write(content.resolve("site.yml"), siteYml);
        write(content.resolve("index.md"), "---\ntitle: Home\n---\n\nThe course.\n");
        write(content.resolve("hw/index.md"), "---\ntitle: Homework\n---\n\n::: theorem {#thm:zero}\nIn the index.\n:::\n");
        write(content.resolve("hw/a.md"), "---\ntitle: First\norder: 1\n---\n\n::: definition {#def:rank}\nRank.\n:::\n\n"
                + "::: lemma {#lem:a}\nA.\n:::\n\n$$ x $$ {#eq:a}\n");
        write(content.resolve("hw/b.md"), "---\ntitle: Second\norder: 2\n---\n\n::: theorem {#thm:b}\nB.\n:::\n\n"
                + "$$ y $$ {#eq:b}\n\nBy @hw/a#lem:a, @thm:b and @eq:b.\n");
        Path out = tmp.resolve("site");
        BuildResult result = new SiteBuild(new BuildOptions(content, Fixtures.PROJECT_TEMPLATES, out, null,
                BuildOptions.MathMode.CLIENT, null, false)).run();
        assertThat(result.diagnostics()).isEmpty();
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void byDefaultEachPageCountsFromOne() throws IOException {
        Path site = site("title: T\n");
        Document b = page(site, "hw/b/index.html");
        assertThat(b.select(".env .block-kind").eachText()).containsExactly("Theorem 1");
        assertThat(b.select(".xref, .eqref").eachText()).containsExactly("Lemma 1 on page First", "Theorem 1", "(1)");
        assertThat(page(site, "hw/a/index.html").select(".env .block-kind").eachText())
                .containsExactly("Definition 1", "Lemma 1");
    }

    @Test
    void withinSectionNumbersRunOnThroughTheSectionsPagesOnTheirSharedCounters() throws IOException {
        Path site = site("title: T\nnumbering:\n  within: section\n  counters:\n    definition: theorem\n");
        // reading order: hw (Theorem 1), hw/a (Definition 2, Lemma 3, (1)), hw/b (Theorem 4, (2))
        assertThat(page(site, "hw/a/index.html").select(".env .block-kind").eachText())
                .containsExactly("Definition 2", "Lemma 3");
        Document b = page(site, "hw/b/index.html");
        assertThat(b.select(".env .block-kind").eachText()).containsExactly("Theorem 4");
        assertThat(b.select(".eqno").eachText()).containsExactly("(2)");
        assertThat(b.select(".xref, .eqref").eachText()).containsExactly("Lemma 3 on page First", "Theorem 4", "(2)");
    }
}
