package quod.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Offsets into a source file as lines and columns, as an editor shows them, for LF, CRLF and CR files. */
class SourceTextTest {

    @Test
    void linesAndColumnsAreOneBased() {
        SourceText s = new SourceText("a.md", "ab\ncd\n");
        assertThat(s.lineOf(0)).isEqualTo(1);
        assertThat(s.columnOf(0)).isEqualTo(1);
        assertThat(s.lineOf(1)).isEqualTo(1);
        assertThat(s.columnOf(1)).isEqualTo(2);
        assertThat(s.lineOf(3)).isEqualTo(2);
        assertThat(s.columnOf(4)).isEqualTo(2);
    }

    @Test
    void theLineFeedBelongsToTheLineItEnds() {
        SourceText s = new SourceText("a.md", "ab\ncd");
        assertThat(s.lineOf(2)).isEqualTo(1);
        assertThat(s.columnOf(2)).isEqualTo(3);
    }

    @Test
    void aTrailingLineFeedStartsAnEmptyLastLine() {
        SourceText s = new SourceText("a.md", "ab\ncd\n");
        assertThat(s.lineCount()).isEqualTo(3);
        assertThat(s.line(3)).isEmpty();
        assertThat(s.lineOf(6)).isEqualTo(3);
        assertThat(new SourceText("a.md", "").lineCount()).isEqualTo(1);
    }

    @Test
    void crLfEndsOneLineAndIsNotPartOfTheLineText() {
        SourceText s = new SourceText("a.md", "ab\r\ncd\r\n");
        assertThat(s.lineCount()).isEqualTo(3);
        assertThat(s.line(1)).isEqualTo("ab");
        assertThat(s.line(2)).isEqualTo("cd");
        assertThat(s.lineOf(4)).isEqualTo(2);
        assertThat(s.columnOf(5)).isEqualTo(2);
        assertThat(s.text()).isEqualTo("ab\r\ncd\r\n");
    }

    @Test
    void aLoneCarriageReturnEndsALineAndBecomesALineFeedOfTheSameLength() {
        SourceText s = new SourceText("a.md", "ab\rcd\r\nef");
        assertThat(s.text()).isEqualTo("ab\ncd\r\nef");
        assertThat(s.lineCount()).isEqualTo(3);
        assertThat(s.line(2)).isEqualTo("cd");
        assertThat(s.lineOf(7)).isEqualTo(3);
        assertThat(s.columnOf(7)).isEqualTo(1);
    }

    @Test
    void aLineOutOfRangeIsEmpty() {
        SourceText s = new SourceText("a.md", "ab\ncd");
        assertThat(s.line(0)).isEmpty();
        assertThat(s.line(3)).isEmpty();
        assertThat(s.line(-1)).isEmpty();
    }

    @Test
    void offsetOfLineIsTheLinesFirstCharacterClampedToTheFile() {
        SourceText s = new SourceText("a.md", "ab\ncd\nef");
        assertThat(s.offsetOfLine(1)).isZero();
        assertThat(s.offsetOfLine(3)).isEqualTo(6);
        assertThat(s.offsetOfLine(0)).isZero();
        assertThat(s.offsetOfLine(99)).isEqualTo(6);
    }

    @Test
    void anOffsetAtTheEndOfTheTextIsAfterTheLastCharacter() {
        SourceText s = new SourceText("a.md", "ab\ncd");
        assertThat(s.lineOf(5)).isEqualTo(2);
        assertThat(s.columnOf(5)).isEqualTo(3);
    }

    @Test
    void columnsCountUtf16CharactersAsTheCaretDisplayDoes() {
        SourceText s = new SourceText("a.md", "\uD83D\uDE00x");
        assertThat(s.columnOf(2)).isEqualTo(3);
    }

    @Test
    void errorAtAnOffsetCarriesNamePositionAndTheLineWithoutItsEnd() {
        SourceText s = new SourceText("content/a.md", "title\r\nx = 1 +\r\n");
        Diagnostic d = s.errorAt(13, "expected a value");
        assertThat(d).isEqualTo(Diagnostic.error("content/a.md", 2, 7, "expected a value", "x = 1 +"));
        assertThat(d.format()).isEqualTo("content/a.md:2:7: expected a value\n    x = 1 +\n          ^");
    }

    @Test
    void errorAtALineAndColumnCarriesThatLine() {
        SourceText s = new SourceText("content/a.md", "one\ntwo\n");
        assertThat(s.errorAt(2, 3, "m")).isEqualTo(Diagnostic.error("content/a.md", 2, 3, "m", "two"));
        assertThat(s.errorAt(9, 1, "m").sourceLine()).isEmpty();
    }
}
