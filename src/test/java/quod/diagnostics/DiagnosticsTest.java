package quod.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagnostics of one build: counted by severity, and handed out sorted whatever order they came in. */
class DiagnosticsTest {

    @Test
    void anEmptyBuildHasNoErrorsAndNoWarnings() {
        Diagnostics d = new Diagnostics();
        assertThat(d.hasErrors()).isFalse();
        assertThat(d.errorCount()).isZero();
        assertThat(d.warningCount()).isZero();
        assertThat(d.sorted()).isEmpty();
    }

    @Test
    void warningsAloneAreNotErrors() {
        Diagnostics d = new Diagnostics();
        d.add(Diagnostic.warning("a.md", 1, 1, "w1", null));
        d.add(Diagnostic.warning("a.md", 2, 1, "w2", null));
        assertThat(d.hasErrors()).isFalse();
        assertThat(d.warningCount()).isEqualTo(2);
        assertThat(d.errorCount()).isZero();
    }

    @Test
    void errorsAndWarningsAreCountedApart() {
        Diagnostics d = new Diagnostics();
        d.add(Diagnostic.warning("a.md", 1, 1, "w", null));
        d.addAll(List.of(Diagnostic.error("a.md", 2, 1, "e1", null), Diagnostic.error("b.md", "e2")));
        assertThat(d.hasErrors()).isTrue();
        assertThat(d.errorCount()).isEqualTo(2);
        assertThat(d.warningCount()).isEqualTo(1);
    }

    @Test
    void sortedOrdersByFileThenPositionWhateverTheOrderOfArrival() {
        Diagnostics d = new Diagnostics();
        d.add(Diagnostic.error("content/b.md", 3, 1, "late page", null));
        d.add(Diagnostic.error("content/a.md", 20, 4, "late line", null));
        d.add(Diagnostic.error("content/a.md", 3, 10, "late column", null));
        d.add(Diagnostic.error("content/a.md", 3, 2, "first", null));
        assertThat(d.sorted()).extracting(Diagnostic::headline).containsExactly(
                "content/a.md:3:2: first", "content/a.md:3:10: late column", "content/a.md:20:4: late line",
                "content/b.md:3:1: late page");
    }

    @Test
    void sortedIsASnapshotThatLaterDiagnosticsDoNotChangeAndThatCannotBeChanged() {
        Diagnostics d = new Diagnostics();
        d.add(Diagnostic.error("a.md", "one"));
        List<Diagnostic> before = d.sorted();
        d.add(Diagnostic.error("b.md", "two"));
        assertThat(before).hasSize(1);
        assertThat(d.sorted()).hasSize(2);
        assertThatThrownBy(() -> before.add(Diagnostic.error("c.md", "three")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
