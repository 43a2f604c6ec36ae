package quod.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one diagnostic is printed: a {@code file:line:col: message} headline, then the source line and a caret. */
class DiagnosticTest {

    @Test
    void theHeadlineIsFileLineColumnAndMessage() {
        assertThat(Diagnostic.error("content/a.md", 12, 7, "check failed", null).headline())
                .isEqualTo("content/a.md:12:7: check failed");
    }

    @Test
    void theHeadlineLeavesOutAColumnOrLineThatIsZero() {
        assertThat(Diagnostic.error("content/a.md", 12, 0, "whole line", null).headline())
                .isEqualTo("content/a.md:12: whole line");
        assertThat(Diagnostic.error("content/a.md", "whole file").headline()).isEqualTo("content/a.md: whole file");
        assertThat(Diagnostic.error("content/a.md", 0, 5, "no line, so no column", null).headline())
                .isEqualTo("content/a.md: no line, so no column");
    }

    @Test
    void aWarningSaysSoAfterThePosition() {
        Diagnostic w = Diagnostic.warning("content/a.md", 3, 2, "\\href needs trust", "x");
        assertThat(w.headline()).isEqualTo("content/a.md:3:2: warning: \\href needs trust");
        assertThat(w.isError()).isFalse();
        assertThat(Diagnostic.error("f", "m").isError()).isTrue();
    }

    @Test
    void theFormattedFormShowsTheSourceLineWithACaretUnderTheColumn() {
        assertThat(Diagnostic.error("content/a.md", 4, 5, "unknown function 'tranpose'", "x = tranpose(A)").format())
                .isEqualTo("content/a.md:4:5: unknown function 'tranpose'\n"
                        + "    x = tranpose(A)\n"
                        + "        ^");
    }

    @Test
    void aCaretInTheFirstColumnHasNoPadding() {
        assertThat(Diagnostic.error("f", 1, 1, "m", "abc").format()).isEqualTo("f:1:1: m\n    abc\n    ^");
    }

    @Test
    void withoutAColumnTheLineIsShownWithoutACaret() {
        assertThat(Diagnostic.error("f", 2, 0, "m", "abc").format()).isEqualTo("f:2: m\n    abc");
    }

    @Test
    void withoutASourceLineOrALineOnlyTheHeadlineIsPrinted() {
        assertThat(Diagnostic.error("f", 2, 3, "m", null).format()).isEqualTo("f:2:3: m");
        assertThat(Diagnostic.error("f", 0, 0, "m", "stray").format()).isEqualTo("f: m");
    }

    @Test
    void aTabIsShownAsOneSpaceSoTheCaretStaysUnderItsCharacter() {
        // column 3 is the 'b' after a tab and an 'a'
        assertThat(Diagnostic.error("f", 1, 3, "m", "\tab").format()).isEqualTo("f:1:3: m\n     ab\n      ^");
    }

    @Test
    void aWideCharacterTakesTwoCellsSoTheCaretStaysUnderItsCharacter() {
        // column 4 is the 'x' after two CJK ideographs (two cells each) and a space
        assertThat(Diagnostic.error("f", 1, 4, "m", "\u4e2d\u6587 x").format())
                .isEqualTo("f:1:4: m\n    \u4e2d\u6587 x\n         ^");
        // an emoji is two chars and two cells
        assertThat(Diagnostic.error("f", 1, 3, "m", "\uD83D\uDE00x").format())
                .isEqualTo("f:1:3: m\n    \uD83D\uDE00x\n      ^");
    }

    @Test
    void aCombiningAccentTakesNoCellSoTheCaretStaysUnderItsCharacter() {
        // column 3 is the 'x' after an 'e' and its combining acute accent, drawn as one cell
        assertThat(Diagnostic.error("f", 1, 3, "m", "e\u0301x").format()).isEqualTo("f:1:3: m\n    e\u0301x\n     ^");
    }

    @Test
    void aColumnPastTheEndOfTheLinePutsTheCaretJustAfterTheLastCharacter() {
        assertThat(Diagnostic.error("f", 1, 40, "unclosed", "[1, 2").format())
                .isEqualTo("f:1:40: unclosed\n    [1, 2\n         ^");
        assertThat(Diagnostic.error("f", 1, 3, "empty line", "").format()).isEqualTo("f:1:3: empty line\n    \n    ^");
    }

    @Test
    void diagnosticsSortByFileThenLineThenColumnThenMessage() {
        List<Diagnostic> ds = new ArrayList<>(List.of(
                Diagnostic.error("b.md", 1, 1, "m", null),
                Diagnostic.error("a.md", 10, 1, "m", null),
                Diagnostic.error("a.md", 2, 9, "m", null),
                Diagnostic.error("a.md", 2, 3, "z", null),
                Diagnostic.warning("a.md", 2, 3, "a", null),
                Diagnostic.error("a.md", "whole file")));
        ds.sort(Diagnostic.BY_POSITION);
        assertThat(ds).extracting(Diagnostic::headline).containsExactly(
                "a.md: whole file", "a.md:2:3: warning: a", "a.md:2:3: z", "a.md:2:9: m", "a.md:10:1: m", "b.md:1:1: m");
    }
}
