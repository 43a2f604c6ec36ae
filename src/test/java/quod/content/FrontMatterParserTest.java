package quod.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import quod.config.Citing;
import quod.config.Display;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** A page's front matter: what each key gives, each mistake at its line, and a body that keeps the file's lines. */
class FrontMatterParserTest {
    private static final String KNOWN =
            "(known keys: bibliography, checks, csl, draft, due, maxMatrix, order, precision, release, seed, solutions, summary, title)";

    private static FrontMatterParser.Result parse(String text) {
        return new FrontMatterParser().parse(new SourceText("content/a.md", text));
    }

    private static List<String> problems(String text) {
        return parse(text).problems().stream().map(Diagnostic::headline).toList();
    }

    private static FrontMatter front(String text) {
        FrontMatterParser.Result r = parse(text);
        assertThat(r.problems()).extracting(Diagnostic::headline).isEmpty();
        return r.front();
    }

    @Test
    void aPageWithOnlyATitleHasTheDefaults() {
        assertThat(front("---\ntitle: Eigenvalues\n---\n"))
                .isEqualTo(new FrontMatter("Eigenvalues", null, "", false, null, Display.Checks.VISIBLE, null, null, null,
                        null, null, Citing.NONE));
    }

    @Test
    void everyKeyIsRead() {
        FrontMatter f = front("---\ntitle: '  Padded  '\norder: 3\nsummary: One line.\ndraft: yes\nseed: -42\n"
                + "checks: hidden\nprecision: 6\nsolutions: collapsed\nmaxMatrix: 12\nbibliography: [a.bib, ../b.bib]\n"
                + "csl: ieee\n---\n");
        assertThat(f).usingRecursiveComparison().ignoringFields("citing").isEqualTo(new FrontMatter("Padded", 3,
                "One line.", true, -42L, Display.Checks.HIDDEN, 6, Display.Solutions.COLLAPSED, 12, null, null, Citing.NONE));
        assertThat(f.citing().bibliography()).extracting(Citing.Setting::value, Citing.Setting::line,
                Citing.Setting::column).containsExactly(tuple("a.bib", 11, 16), tuple("../b.bib", 11, 23));
        assertThat(f.citing().csl().value()).isEqualTo("ieee");
    }

    @Test
    void aFileWithoutFrontMatterIsAnErrorAtItsFirstLineAndHasNoPage() {
        FrontMatterParser.Result r = parse("# Title\n\ntext\n");
        assertThat(r.problems()).extracting(Diagnostic::headline).containsExactly("content/a.md:1:1: a page must "
                + "start with front matter: a line '---', 'title: ...', and a closing '---'");
        assertThat(r.front()).isNull();
        assertThat(r.body()).isEqualTo("# Title\n\ntext\n");
    }

    @Test
    void anEmptyFileHasNoFrontMatter() {
        assertThat(problems("")).singleElement().asString().startsWith("content/a.md:1:1: a page must start with front matter");
    }

    @Test
    void frontMatterThatIsNeverClosedIsAnErrorAtItsStart() {
        FrontMatterParser.Result r = parse("---\ntitle: T\n\n# Heading\n");
        assertThat(r.problems()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md:1:1: front matter is not closed: add a line '---' after it");
        assertThat(r.front()).isNull();
    }

    @Test
    void threeDotsCloseItTooAndSpacesAroundTheMarkersDoNotMatter() {
        assertThat(front("--- \ntitle: T\n...\n").title()).isEqualTo("T");
        assertThat(front("---\ntitle: T\n  ---  \n").title()).isEqualTo("T");
    }

    @Test
    void emptyFrontMatterHasNoTitle() {
        FrontMatterParser.Result r = parse("---\n---\nbody\n");
        assertThat(r.problems()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md:1:1: front matter has no 'title'");
        assertThat(r.front().title()).isEmpty();
    }

    @Test
    void aBlankTitleIsNoTitle() {
        assertThat(problems("---\ntitle: '   '\n---\n")).containsExactly("content/a.md:1:1: front matter has no 'title'");
    }

    @Test
    void aMissingTitleIsNotReportedOnTopOfAnotherProblem() {
        assertThat(problems("---\ntitel: T\n---\n")).containsExactly(
                "content/a.md:2:1: unknown key 'titel' in front matter " + KNOWN);
    }

    @Test
    void anUnknownKeyIsReportedAtItsName() {
        FrontMatterParser.Result r = parse("---\ntitle: T\nsumary: typo\n---\n");
        assertThat(r.problems()).extracting(Diagnostic::headline).containsExactly(
                "content/a.md:3:1: unknown key 'sumary' in front matter " + KNOWN);
        assertThat(r.front().title()).isEqualTo("T");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtTheValue() {
        assertThat(problems("---\ntitle: T\norder: first\n---\n"))
                .containsExactly("content/a.md:3:8: 'order' must be a whole number, not 'first'");
        assertThat(problems("---\ntitle: T\ndraft: perhaps\n---\n"))
                .containsExactly("content/a.md:3:8: 'draft' must be true or false, not 'perhaps'");
        assertThat(problems("---\ntitle: [a, b]\n---\n"))
                .containsExactly("content/a.md:2:8: 'title' must be a single value");
        assertThat(problems("---\ntitle: T\nchecks: off\n---\n"))
                .containsExactly("content/a.md:3:9: 'checks' must be one of visible, hidden, not 'off'");
        assertThat(problems("---\ntitle: T\nprecision: 20\n---\n"))
                .containsExactly("content/a.md:3:12: 'precision' must be between 1 and 15, not 20");
        assertThat(problems("---\ntitle: T\nmaxMatrix: 2\n---\n"))
                .containsExactly("content/a.md:3:12: 'maxMatrix' must be between 3 and 50, not 2");
        assertThat(problems("---\ntitle: T\nsolutions: hidden\n---\n"))
                .containsExactly("content/a.md:3:12: 'solutions' must be one of open, collapsed, not 'hidden'");
    }

    @Test
    void aBadValueStillGivesAPageWithTheDefault() {
        FrontMatterParser.Result r = parse("---\ntitle: T\nprecision: 0\norder: x\n---\n");
        assertThat(r.front().precision()).isEqualTo(4);
        assertThat(r.front().order()).isZero();
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtTheSecondAndTheFirstStands() {
        FrontMatterParser.Result r = parse("---\ntitle: First\norder: 1\ntitle: Second\n---\n");
        assertThat(r.problems()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md:4:1: 'title' is given twice (first on line 2): keep one");
        assertThat(r.front().title()).isEqualTo("First");
    }

    @Test
    void badYamlIsReportedAtItsLineInTheFile() {
        FrontMatterParser.Result r = parse("---\ntitle: T\nsummary: a: b\n---\n");
        assertThat(r.problems()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md:3:11: invalid YAML: mapping values are not allowed here");
        assertThat(r.front().title()).isEmpty();
    }

    @Test
    void frontMatterThatIsNotAMappingSaysWhatIsExpected() {
        assertThat(problems("---\njust words\n---\n")).containsExactly("content/a.md:2:1: expected 'key: value' lines");
    }

    @Test
    void theBodyKeepsTheFilesLineNumbers() {
        FrontMatterParser.Result r = parse("---\ntitle: T\n---\n\n# Heading on line 5\n");
        assertThat(r.body()).isEqualTo("\n\n\n\n# Heading on line 5\n");
        assertThat(new SourceText("b", r.body()).line(5)).isEqualTo("# Heading on line 5");
    }

    @Test
    void aFileThatEndsAtTheClosingLineHasAnEmptyBodyOfItsLines() {
        assertThat(parse("---\ntitle: T\n---").body()).isEqualTo("\n\n");
        assertThat(parse("---\ntitle: T\n---\n").body()).isEqualTo("\n\n\n");
    }

    @Test
    void crLfLineEndsAreReadLikeLineFeeds() {
        FrontMatterParser.Result r = parse("---\r\ntitle: Windows\r\norder: x\r\n---\r\nbody\r\n");
        assertThat(r.problems()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md:3:8: 'order' must be a whole number, not 'x'");
        assertThat(r.problems().get(0).sourceLine()).isEqualTo("order: x");
        assertThat(r.front().title()).isEqualTo("Windows");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineHidesTheFrontMatter() {
        // ContentLoader strips it when it reads the file; the parser itself does not
        assertThat(problems("\uFEFF---\ntitle: T\n---\n")).singleElement().asString()
                .startsWith("content/a.md:1:1: a page must start with front matter");
    }
}
