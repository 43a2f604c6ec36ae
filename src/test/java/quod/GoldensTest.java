package quod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The golden files' reader, updater and options: an example says exactly how it is rendered, a malformed
 * file or an unknown option fails instead of silently rendering with defaults, and an update rewrites only
 * the expected sections.
 */
class GoldensTest {
    private static final String F = Goldens.FENCE;
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path p = dir.resolve("g.md");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsNamesOptionsAndSectionsAsFlexmarkSpellsThem() throws IOException {
        Path p = file("Prose.\n\n" + F + " example plain one\na\n.\n<p>a</p>\n" + F + "\n\n"
                + F + " example(Section: 2) options(server-math, precision[3])\nb\n.\n<p>b</p>\n.\ntoc 1 #b b\n" + F + "\n");

        List<Goldens.Example> examples = Goldens.read(p);

        assertThat(examples).containsExactly(
                new Goldens.Example("plain one", 3, List.of(), "a\n", "<p>a</p>\n", ""),
                new Goldens.Example("Section: 2", 9, List.of("server-math", "precision[3]"), "b\n", "<p>b</p>\n",
                        "toc 1 #b b\n"));
    }

    @Test
    void aMalformedFileIsAnErrorAtTheExamplesLine() throws IOException {
        assertThatThrownBy(() -> Goldens.read(file("x\n" + F + " example open\na\n.\n<p>a</p>\n")))
                .hasMessageEndingWith("g.md:2: example 'open' is not closed by a line " + F);
        assertThatThrownBy(() -> Goldens.read(file(F + " example no dot\na\n" + F + "\n")))
                .hasMessageEndingWith("g.md:1: example 'no dot' has no line '.' between its source and its HTML");
        assertThatThrownBy(() -> Goldens.read(file(F + " example twice\na\n.\n" + F + "\n" + F + " example twice\na\n.\n" + F + "\n")))
                .hasMessageEndingWith("g.md:5: a second example named 'twice'");
        assertThatThrownBy(() -> Goldens.read(file(F + " example bad options(Server Math)\na\n.\n" + F + "\n")))
                .hasMessageEndingWith("g.md:1: option 'Server Math' is not NAME or NAME[PARAMETER]");
        assertThatThrownBy(() -> Goldens.read(file(F + " example misspelt options (server-math)\na\n.\n" + F + "\n")))
                .hasMessageEndingWith("g.md:1: write the options last, as ' options(a, b)'");
    }

    @Test
    void anUnknownOptionFailsTheExampleInsteadOfRenderingWithDefaults() {
        Goldens.Example typo = new Goldens.Example("typo", 1, List.of("solution-collapsed"), "::: solution\nx\n:::\n", "", "");
        Goldens.Example badParameter = new Goldens.Example("p", 1, List.of("precision[four]"), "x\n", "", "");

        try (GoldenPage page = new GoldenPage()) {
            assertThatThrownBy(() -> page.render(typo)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown golden option 'solution-collapsed'; known: checks-hidden, csl[NAME], precision[N], "
                            + "server-math, solutions-collapsed");
            assertThatThrownBy(() -> page.render(badParameter)).hasMessageStartingWith("unknown golden option 'precision[four]'");
        }
    }

    @Test
    void eachOptionChangesWhatIsRendered() {
        try (GoldenPage page = new GoldenPage()) {
            String solution = "::: solution\nx\n:::\n";
            assertThat(page.render(example(solution)).html()).contains("<details class=\"block solution\" open>");
            assertThat(page.render(example(solution, "solutions-collapsed")).html()).contains("<details class=\"block solution\">");

            String check = "```compute\ncheck 1 < 2\n```\n";
            assertThat(page.render(example(check)).html()).contains("class=\"check\"");
            assertThat(page.render(example(check, "checks-hidden")).html()).doesNotContain("class=\"check\"");

            assertThat(page.render(example("{{ 1/3 }}\n", "precision[2]")).html()).isEqualTo("<p>0.33</p>\n");
            assertThat(page.render(example("$x$\n", "server-math")).html()).contains("<span class=\"katex\">");
        }
    }

    private static Goldens.Example example(String source, String... options) {
        return new Goldens.Example("e", 1, List.of(options), source, "", "");
    }

    @Test
    void updateRewritesOnlyTheExpectedSectionsAndKeepsProseHeadersAndSources() throws IOException {
        Path p = file("# Title\n\nProse.\n\n" + F + " example one options(server-math)\nsrc 1\n.\nold html\n.\nold dump\n" + F + "\n"
                + "\nBetween.\n\n" + F + " example two\nsrc 2\n.\nold\n" + F + "\nEnd.\n");

        Goldens.update(p, ex -> new Goldens.Rendered("<p>" + ex.source().strip() + "</p>\n",
                ex.name().equals("two") ? "toc 2 #x x\n" : ""));

        assertThat(Files.readString(p)).isEqualTo("# Title\n\nProse.\n\n" + F + " example one options(server-math)\nsrc 1\n.\n"
                + "<p>src 1</p>\n" + F + "\n\nBetween.\n\n" + F + " example two\nsrc 2\n.\n<p>src 2</p>\n.\ntoc 2 #x x\n" + F
                + "\nEnd.\n");
    }

    @Test
    void outputThatTheFormatCannotHoldLeavesTheFileAsItWas() throws IOException {
        String text = F + " example one\na\n.\nold\n" + F + "\n";
        Path p = file(text);

        assertThatThrownBy(() -> Goldens.update(p, ex -> new Goldens.Rendered("<p>\n.\n</p>\n", "")))
                .hasMessageContaining("renders a line '.', which the golden format cannot hold");
        assertThat(Files.readString(p)).isEqualTo(text);
    }

    @Test
    void anExampleWhoseOutputDiffersFails() throws Throwable {
        org.junit.jupiter.api.Assumptions.assumeFalse(Goldens.updating(), "an update rewrites the expectation first");
        Path p = file(F + " example one\na\n.\n<p>a</p>\n.\ntoc 1 #a a\n" + F + "\n");

        List<DynamicTest> tests = Goldens.tests(p, ex -> new Goldens.Rendered("<p>a</p>\n", "toc 1 #a a\n")).toList();
        tests.get(0).getExecutable().execute();
        List<DynamicTest> otherDump = Goldens.tests(p, ex -> new Goldens.Rendered("<p>a</p>\n", "")).toList();
        List<DynamicTest> otherHtml = Goldens.tests(p, ex -> new Goldens.Rendered("<p>b</p>\n", "toc 1 #a a\n")).toList();

        assertThatThrownBy(() -> otherDump.get(0).getExecutable().execute()).isInstanceOf(AssertionFailedError.class);
        assertThatThrownBy(() -> otherHtml.get(0).getExecutable().execute()).isInstanceOf(AssertionFailedError.class);
    }
}
