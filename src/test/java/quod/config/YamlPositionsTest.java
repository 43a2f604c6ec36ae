package quod.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** A YAML problem is reported where an editor shows it, whatever line ends and characters the file has. */
class YamlPositionsTest {

    private static List<String> problems(String yaml) {
        var loaded = new SiteConfigLoader().load(new SourceText("content/site.yml", yaml));
        return loaded.problems().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aLoneCarriageReturnEndsALineAsInEditors() {
        assertThat(problems("title: T\rtitel: typo\r")).singleElement().asString()
                .startsWith("content/site.yml:2:1: unknown key 'titel'");
    }

    @Test
    void unicodeLineAndParagraphSeparatorsDoNotCountAsLinesAlthoughSnakeYamlBreaksThere() {
        assertThat(problems("title: \"A\u2028B\u2029C\"\ntitel: typo\n")).singleElement().asString()
                .startsWith("content/site.yml:2:1: unknown key 'titel'");
    }

    @Test
    void columnsCountCharactersAsTheCaretDisplayDoes() {
        // the emoji is two UTF-16 chars but one code point, SnakeYAML's unit; the ':' after x is char 11
        assertThat(problems("title: \uD83D\uDE00 x: y\n")).singleElement().asString()
                .startsWith("content/site.yml:1:12: invalid YAML: mapping values are not allowed here");
    }

    @Test
    void anUnclosedBracketAtTheEndIsShownAtTheEndOfItsLine() {
        assertThat(problems("title: T\r\norder: [1, 2\r\n")).singleElement().asString()
                .startsWith("content/site.yml:2:13: invalid YAML");
    }

    @Test
    void aShortUnicodeEscapeIsAnErrorAtItNotACrash() {
        assertThat(problems("title: T\ncourse: \"\\u")).singleElement().asString()
                .isEqualTo("content/site.yml:2:12: invalid YAML: an escape in a double-quoted string needs its hex digits, as in \"\\u00e9\"");
    }

    @Test
    void aTagWithSpacesIsAnErrorNotACrash() {
        // SnakeYAML has read the scalar after the tag when it finds the fault
        assertThat(problems("title: T\ncourse: !a%20 x\n")).singleElement().asString()
                .isEqualTo("content/site.yml:2:16: invalid YAML: Tag must not contain leading or trailing spaces.");
    }

    @Test
    void anEscapedControlCharacterIsReportedAtItsValueAfterALineSeparator() {
        assertThat(problems("title: \"A\u2028B\"\ncourse: \"\\a\"\n")).singleElement().asString()
                .isEqualTo("content/site.yml:2:9: 'course' contains a control character (U+0007): remove it");
    }
}
