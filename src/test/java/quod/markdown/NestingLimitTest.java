package quod.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.ClientMathRenderer;

/**
 * Block quotes and lists nest at most 64 deep. Deeper nesting, which would exhaust the stack in Flexmark,
 * is one error at the marker that passes the limit, and the rest of the page is still rendered.
 */
class NestingLimitTest {
    private static final String TOO_DEEP = "block quotes and lists nested more than 64 deep: "
            + "Quod renders at most 64 levels; flatten this part of the page";

    private record Result(Document html, List<String> problems) { }

    private static Result render(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        MarkdownRenderer renderer = new MarkdownRenderer();
        ParsedPage parsed = renderer.parse(new SourceText("a.md", markdown), diagnostics);
        RenderedPage page = renderer.render(parsed, Computed.of(parsed, diagnostics), new ClientMathRenderer(), diagnostics);
        return new Result(Jsoup.parse(page.html()), diagnostics.sorted().stream().map(Diagnostic::headline).toList());
    }

    private static int depth(Document html, String containers) {
        int max = 0;
        for (var e : html.select(containers)) {
            max = Math.max(max, (int) e.parents().stream().filter(p -> p.is(containers)).count() + 1);
        }
        return max;
    }

    @Test
    void sixtyFourLevelsAreFine() {
        Result quotes = render("> ".repeat(64) + "deep\n");
        Result lists = render("- ".repeat(32) + "1. ".repeat(32) + "deep\n");

        assertThat(quotes.problems()).isEmpty();
        assertThat(depth(quotes.html(), "blockquote")).isEqualTo(64);
        assertThat(lists.problems()).isEmpty();
        assertThat(depth(lists.html(), "li")).isEqualTo(64);
    }

    @Test
    void aThousandQuotesOnOneLineAreOneErrorAtTheSixtyFifth() {
        Result r = render("Before.\n\n" + "> ".repeat(1000) + "deep\n\nAfter.\n");

        assertThat(r.problems()).containsExactly("a.md:3:129: " + TOO_DEEP);
        assertThat(r.html().select("p").eachText()).containsExactly("Before.", "After.");
    }

    @Test
    void tenThousandListMarkersOnOneLineAreOneError() {
        Result r = render("- ".repeat(10_000) + "deep\n");

        assertThat(r.problems()).containsExactly("a.md:1:129: " + TOO_DEEP);
    }

    @Test
    void oneMoreQuotePerLineIsReportedOnTheLineThatPassesTheLimit() {
        StringBuilder md = new StringBuilder();
        for (int level = 1; level <= 1000; level++) {
            md.append("> ".repeat(level)).append("level ").append(level).append('\n');
        }
        Result r = render(md.toString());

        assertThat(r.problems()).containsExactly("a.md:65:129: " + TOO_DEEP);
        assertThat(depth(r.html(), "blockquote")).isEqualTo(64);
        assertThat(r.html().text()).contains("level 64").doesNotContain("level 65");
    }

    @Test
    void nestingBuiltByIndentationIsCutAtTheItemThatPassesTheLimit() {
        StringBuilder md = new StringBuilder();
        for (int level = 1; level <= 300; level++) {
            md.append("  ".repeat(level - 1)).append("- level ").append(level).append('\n');
        }
        Result r = render(md + "\nAfter.\n");

        assertThat(r.problems()).containsExactly("a.md:65:129: " + TOO_DEEP);
        assertThat(depth(r.html(), "li")).isEqualTo(64);
        assertThat(r.html().select("p").eachText()).containsExactly("After.");
    }

    @Test
    void aLongThematicBreakIsNotNesting() {
        Result r = render("Text\n\n" + "- ".repeat(100) + "\n\n" + "* ".repeat(70) + "\n");

        assertThat(r.problems()).isEmpty();
        assertThat(r.html().select("hr")).hasSize(2);
    }

    @Test
    void markersAreCountedAsCommonMarkReadsThem() {
        assertThat(NestingLimit.columnPastLimit(">".repeat(65))).isEqualTo(65);
        assertThat(NestingLimit.columnPastLimit("1) ".repeat(65))).isEqualTo(193);
        assertThat(NestingLimit.columnPastLimit("> ".repeat(64) + "-x")).isZero();
        assertThat(NestingLimit.columnPastLimit("1234567890. ".repeat(65))).isZero();
        assertThat(NestingLimit.columnPastLimit("> ".repeat(63) + "- - - - -")).isZero();
    }

    @Test
    void whatTheLimitsMissStillEndsAsAnErrorForThePageNotACrash() throws InterruptedException {
        // A thousand nested emphases and a line of "_ " (not nesting; Flexmark's thematic-break pattern
        // recurses on it) pass the limits. On a small stack they overflow, deterministically.
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.set(List.of(render("*a ".repeat(2000) + "x" + "*".repeat(2000) + "\n").problems(),
                        render("Text\n\n" + "_ ".repeat(5000) + "x\n").problems()));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();

        String message = "a.md:1:1: Quod ran out of stack reading this page's Markdown: something is nested hundreds "
                + "of levels deep (emphasis, links, quotes, lists) or a line repeats '- ', '* ' or '_ ' thousands "
                + "of times; simplify it";
        assertThat(outcome.get()).isEqualTo(List.of(List.of(message), List.of(message)));
    }
}
