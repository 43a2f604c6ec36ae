package quod.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** A control character in site.yml (or front matter, which is read the same way) is an error where it is. */
class ControlCharactersTest {

    private static List<String> problems(String yaml) {
        return new SiteConfigLoader().load(new SourceText("content/site.yml", yaml)).problems().stream()
                .map(Diagnostic::headline).toList();
    }

    @Test
    void aRawControlCharacterIsReportedAtItsPositionNamingTheKey() {
        assertThat(problems("author: me\ntitle: Bad\u0007Title\n")).containsExactly(
                "content/site.yml:2:11: 'title' contains a control character (U+0007): remove it");
    }

    @Test
    void anEscapedControlCharacterIsReportedAtTheValue() {
        assertThat(problems("author: \"x\\ay\"\ndescription: \"\\x1b[31m red\"\n")).containsExactly(
                "content/site.yml:1:9: 'author' contains a control character (U+0007): remove it",
                "content/site.yml:2:14: 'description' contains a control character (U+001B): remove it");
    }

    @Test
    void insideAMappingItNamesTheTopLevelKey() {
        assertThat(problems("macros:\n  \\R: \"\\\\mathbb{R}\u0000\"\n")).containsExactly(
                "content/site.yml:2:19: 'macros' contains a control character (U+0000): remove it");
    }

    @Test
    void outsideAnyValueItNamesTheLine() {
        assertThat(problems("title: T # a comment with \u0008 in it\n")).containsExactly(
                "content/site.yml:1:27: this line contains a control character (U+0008): remove it");
    }

    @Test
    void columnsCountCharactersAfterAnAstralOne() {
        assertThat(problems("title: \uD83D\uDE00 \u0001\n")).containsExactly(
                "content/site.yml:1:11: 'title' contains a control character (U+0001): remove it");
    }

    @Test
    void tabsAndLineBreaksInValuesAreFine() {
        assertThat(problems("title: \"a\\tb\"\ndescription: |\n  one\n  two\n")).isEmpty();
    }

    @Test
    void oneErrorPerKeyEvenWithManyControlCharacters() {
        assertThat(problems("title: \u0001\u0002\u0003\n")).containsExactly(
                "content/site.yml:1:8: 'title' contains a control character (U+0001): remove it");
    }

    @Test
    void aYamlSyntaxErrorDoesNotHideAControlCharacter() {
        assertThat(problems("title: [unclosed\nauthor: a\u0007b\n")).contains(
                "content/site.yml:2:10: this line contains a control character (U+0007): remove it");
    }

    @Test
    void aListThatContainsItselfIsWalkedOnce() {
        assertThat(problems("title: &x [*x, \"\\a\"]\n")).contains(
                "content/site.yml:1:8: 'title' contains a control character (U+0007): remove it");
    }
}
