package quod.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** Typed fields of a YAML mapping, each bad one reported at its position in the file and replaced by the fallback. */
class YamlFieldsTest {

    private static YamlFields fields(String yaml) {
        return YamlFields.parse(new SourceText("f.yml", yaml), yaml, 1);
    }

    private static List<String> headlines(YamlFields f) {
        return f.problems().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void yamlThatStartsLaterInTheFileIsReportedAtTheFilesLines() {
        String file = "---\ntitle: T\norder: x\n---\nbody\n";
        SourceText source = new SourceText("content/a.md", file);
        String yaml = file.substring(4, 21);
        YamlFields f = YamlFields.parse(source, yaml, 2);
        assertThat(f.integer("order", 0L)).isZero();
        assertThat(f.problems()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md:3:8: 'order' must be a whole number, not 'x'");
        assertThat(f.problems().get(0).sourceLine()).isEqualTo("order: x");
    }

    @Test
    void aMissingKeyGivesTheFallbackWithoutAProblem() {
        YamlFields f = fields("a: 1\n");
        assertThat(f.has("b")).isFalse();
        assertThat(f.string("b", "fb")).isEqualTo("fb");
        assertThat(f.integer("b", 7L)).isEqualTo(7L);
        assertThat(f.integer("b", 3, 1, 5)).isEqualTo(3);
        assertThat(f.positiveNumber("b", 0.5, 1)).isEqualTo(0.5);
        assertThat(f.bool("b", true)).isTrue();
        assertThat(f.choice("b", "x", List.of("x", "y"))).isEqualTo("x");
        assertThat(f.stringMap("b")).isEmpty();
        assertThat(f.stringList("b")).isEmpty();
        assertThat(f.choices("b", List.of("x"))).isEmpty();
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void anEmptyValueIsAnEmptyString() {
        YamlFields f = fields("a:\n");
        assertThat(f.has("a")).isTrue();
        assertThat(f.string("a", "fb")).isEmpty();
    }

    @Test
    void integersMayBeNegativeOrSurroundedBySpacesButNotFractionsOrWords() {
        YamlFields f = fields("a: -12\nb: ' 5 '\nc: 1e3\nd: 0x10\n");
        assertThat(f.integer("a", 0L)).isEqualTo(-12L);
        assertThat(f.integer("b", 0L)).isEqualTo(5L);
        assertThat(f.integer("c", 0L)).isZero();
        assertThat(f.integer("d", 0L)).isZero();
        assertThat(headlines(f)).containsExactly("f.yml:3:4: 'c' must be a whole number, not '1e3'",
                "f.yml:4:4: 'd' must be a whole number, not '0x10'");
    }

    @Test
    void anIntegerOutOfRangeIsReportedWithTheRange() {
        YamlFields f = fields("a: 6\nb: 99999999999\n");
        assertThat(f.integer("a", 2, 1, 5)).isEqualTo(2);
        assertThat(f.integer("b", 2, 1, Integer.MAX_VALUE)).isEqualTo(2);
        assertThat(headlines(f)).containsExactly("f.yml:1:4: 'a' must be between 1 and 5, not 6",
                "f.yml:2:4: 'b' must be between 1 and 2147483647, not 99999999999");
    }

    @Test
    void aPositiveNumberIsWrittenInDecimalsNotAsJavaSpellsSpecialValues() {
        YamlFields f = fields("a: .5\nb: 2e1\nc: Infinity\nd: 1f\ne: 0x1p3\nf: 11\n");
        assertThat(f.positiveNumber("a", 1, 10)).isEqualTo(0.5);
        assertThat(f.positiveNumber("b", 1, 100)).isEqualTo(20);
        assertThat(f.positiveNumber("c", 1, 10)).isEqualTo(1);
        assertThat(f.positiveNumber("d", 1, 10)).isEqualTo(1);
        assertThat(f.positiveNumber("e", 1, 10)).isEqualTo(1);
        assertThat(f.positiveNumber("f", 1, 10)).isEqualTo(1);
        assertThat(headlines(f)).containsExactly(
                "f.yml:3:4: 'c' must be a number above 0 and at most 10, not 'Infinity'",
                "f.yml:4:4: 'd' must be a number above 0 and at most 10, not '1f'",
                "f.yml:5:4: 'e' must be a number above 0 and at most 10, not '0x1p3'",
                "f.yml:6:4: 'f' must be a number above 0 and at most 10, not '11'");
    }

    @Test
    void booleansAreTheYamlWordsForTrueAndFalse() {
        YamlFields f = fields("a: yes\nb: on\nc: true\nd: no\ne: off\nf: false\ng: maybe\n");
        assertThat(List.of(f.bool("a", false), f.bool("b", false), f.bool("c", false))).containsOnly(true);
        assertThat(List.of(f.bool("d", true), f.bool("e", true), f.bool("f", true))).containsOnly(false);
        assertThat(f.bool("g", true)).isTrue();
        assertThat(headlines(f)).containsExactly("f.yml:7:4: 'g' must be true or false, not 'maybe'");
    }

    @Test
    void anEnumIsWrittenInLowerCase() {
        YamlFields f = fields("a: hidden\nb: HIDDEN\n");
        assertThat(f.choice("a", Display.Checks.VISIBLE)).isEqualTo(Display.Checks.HIDDEN);
        assertThat(f.choice("b", Display.Checks.VISIBLE)).isEqualTo(Display.Checks.VISIBLE);
        assertThat(headlines(f)).containsExactly("f.yml:2:4: 'b' must be one of visible, hidden, not 'HIDDEN'");
    }

    @Test
    void aListMayBeWrittenInlineOrOnePerLineAndALoneValueIsAListOfOne() {
        YamlFields f = fields("a: [x, y]\nb:\n  - z\nc: w\n");
        assertThat(f.stringList("a")).extracting(YamlFields.Item::value).containsExactly("x", "y");
        assertThat(f.stringList("b")).extracting(YamlFields.Item::value).containsExactly("z");
        assertThat(f.stringList("c")).extracting(YamlFields.Item::value).containsExactly("w");
    }

    @Test
    void anItemReportsAProblemAtItsOwnPosition() {
        YamlFields.Item second = fields("a: [x, yy]\n").stringList("a").get(1);
        assertThat(second.problem().apply("bad").headline()).isEqualTo("f.yml:1:8: bad");
    }

    @Test
    void aNestedMappingReportsIntoItsParentsProblems() {
        YamlFields f = fields("limits:\n  a: x\n  b: 2\n");
        YamlFields child = f.mapping("limits").allowOnly(Set.of("a"), "limits");
        assertThat(child.integer("a", 0L)).isZero();
        assertThat(headlines(f)).containsExactly("f.yml:3:3: unknown key 'b' in limits (known keys: a)",
                "f.yml:2:6: 'a' must be a whole number, not 'x'");
        assertThat(f.mapping("none").has("a")).isFalse();
    }

    @Test
    void problemsIsASnapshot() {
        YamlFields f = fields("a: x\n");
        List<Diagnostic> before = f.problems();
        f.integer("a", 0L);
        assertThat(before).isEmpty();
        assertThat(f.problems()).hasSize(1);
    }

    @Test
    void errorAtAKeyPointsAtItsValue() {
        assertThat(fields("name:   value\n").errorAt("name", "m").headline()).isEqualTo("f.yml:1:9: m");
    }

    @Test
    void aDocumentOfTwoDocumentsIsInvalid() {
        assertThat(headlines(fields("a: 1\n---\nb: 2\n"))).singleElement().asString()
                .startsWith("f.yml:2:1: invalid YAML: ");
    }
}
