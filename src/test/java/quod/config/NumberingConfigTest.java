package quod.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** {@code numbering:} in site.yml: its default, counters shared and unshared, per section, and bad values at their line. */
class NumberingConfigTest {

    private static SiteConfigLoader.Loaded load(String yaml) {
        return new SiteConfigLoader().load(new SourceText("content/site.yml", yaml));
    }

    private static List<String> problems(String yaml) {
        return load(yaml).problems().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void byDefaultTheoremsLemmasPropositionsAndCorollariesShareOneCounterAndEachPageStartsAtOne() {
        Numbering n = load("title: T\n").config().numbering();
        assertThat(n).isEqualTo(Numbering.DEFAULT);
        assertThat(n.bySection()).isFalse();
        assertThat(Numbering.KINDS).allSatisfy(k -> assertThat(n.counterOf(k)).isEqualTo(
                List.of("lemma", "proposition", "corollary").contains(k) ? "theorem" : k));
    }

    @Test
    void countersCanBeSharedUnsharedAndNumbersCanRunThroughASection() {
        Numbering n = load("numbering:\n  within: section\n  counters:\n    definition: theorem\n    lemma: lemma\n"
                + "    remark: corollary\n").config().numbering();
        assertThat(n.bySection()).isTrue();
        assertThat(n.counterOf("definition")).isEqualTo("theorem");
        assertThat(n.counterOf("lemma")).isEqualTo("lemma");
        // a kind put on a counter that itself counts on another counts on that one
        assertThat(n.counterOf("remark")).isEqualTo("theorem");
        assertThat(n.counters()).isEqualTo(Map.of("proposition", "theorem", "corollary", "theorem",
                "definition", "theorem", "remark", "corollary"));
    }

    @Test
    void anUnknownKindKeyOrWithinIsReportedAtItsLine() {
        assertThat(problems("title: T\nnumbering:\n  within: chapter\n  counters:\n    theorm: lemma\n  shared: x\n"))
                .containsExactly(
                        "content/site.yml:6:3: unknown key 'shared' in numbering (known keys: counters, within)",
                        "content/site.yml:3:11: 'within' must be one of page, section, not 'chapter'",
                        "content/site.yml:5:5: numbering: counters: 'theorm' is not a numbered kind; write 'kind: counter' "
                                + "with kinds among theorem, lemma, proposition, corollary, definition, example, remark "
                                + "(e.g. 'definition: theorem')");
    }
}
