package quod.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** Each key of site.yml: its default, the values it takes, and each mistake reported at its line and column. */
class SiteConfigLoaderTest {
    private static final String KNOWN = "(known keys: author, baseUrl, bibliography, course, csl, description, edition, keep, "
            + "language, limits, macros, maxMatrix, numbering, precision, solutions, timezone, title, trust)";

    private static SiteConfigLoader.Loaded load(String yaml) {
        return new SiteConfigLoader().load(new SourceText("content/site.yml", yaml));
    }

    private static List<String> problems(String yaml) {
        return load(yaml).problems().stream().map(Diagnostic::headline).toList();
    }

    private static SiteConfig config(String yaml) {
        SiteConfigLoader.Loaded loaded = load(yaml);
        assertThat(loaded.problems()).extracting(Diagnostic::headline).isEmpty();
        return loaded.config();
    }

    @Test
    void anEmptyFileOrOneWithOnlyCommentsGivesTheDefaults() {
        assertThat(config("")).isEqualTo(SiteConfig.defaults());
        assertThat(config("# nothing yet\n")).isEqualTo(SiteConfig.defaults());
    }

    @Test
    void theDefaults() {
        SiteConfig d = SiteConfig.defaults();
        assertThat(d.title()).isEqualTo("Solutions");
        assertThat(d.author()).isEmpty();
        assertThat(d.course()).isEmpty();
        assertThat(d.description()).isEmpty();
        assertThat(d.baseUrl()).isEmpty();
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.macros()).isEmpty();
        assertThat(d.solutions()).isEqualTo(Display.Solutions.OPEN);
        assertThat(d.precision()).isEqualTo(4);
        assertThat(d.maxMatrix()).isEqualTo(8);
        assertThat(d.keep()).isEmpty();
        assertThat(d.trust()).isEmpty();
        assertThat(d.limits()).isEqualTo(Limits.DEFAULTS);
    }

    @Test
    void theTextKeysAreTakenAsWritten() {
        SiteConfig c = config("title: Linear Algebra\nauthor: Ada\ncourse: MATH 221\n"
                + "description: |\n  Worked solutions.\n  Two lines.\nlanguage: de\n");
        assertThat(c.title()).isEqualTo("Linear Algebra");
        assertThat(c.author()).isEqualTo("Ada");
        assertThat(c.course()).isEqualTo("MATH 221");
        assertThat(c.description()).isEqualTo("Worked solutions.\nTwo lines.\n");
        assertThat(c.language()).isEqualTo("de");
    }

    @Test
    void aTextKeyMustBeASingleValue() {
        assertThat(problems("title: T\nauthor: [a, b]\n")).containsExactly(
                "content/site.yml:2:9: 'author' must be a single value");
    }

    @Test
    void baseUrlGainsATrailingSlash() {
        assertThat(config("baseUrl: https://example.org/course\n").baseUrl()).isEqualTo("https://example.org/course/");
        assertThat(config("baseUrl: http://example.org/\n").baseUrl()).isEqualTo("http://example.org/");
        assertThat(config("baseUrl: '  https://example.org  '\n").baseUrl()).isEqualTo("https://example.org/");
    }

    @Test
    void aBaseUrlThatIsNotAbsoluteIsAnErrorAndEveryKeyKeepsItsDefault() {
        SiteConfigLoader.Loaded loaded = load("title: Mine\nbaseUrl: example.org\n");
        assertThat(loaded.problems()).extracting(Diagnostic::headline).containsExactly(
                "content/site.yml:2:10: baseUrl must be an absolute http(s) URL, not 'example.org'");
        assertThat(loaded.config()).isEqualTo(SiteConfig.defaults());
        assertThat(problems("baseUrl: ftp://example.org\n")).containsExactly(
                "content/site.yml:1:10: baseUrl must be an absolute http(s) URL, not 'ftp://example.org'");
    }

    @Test
    void macrosAreKeptInFileOrder() {
        SiteConfig c = config("macros:\n  \\R: \\mathbb{R}\n  \\vec: \\mathbf{#1}\n  \\,: \\,\n");
        assertThat(c.macros()).isEqualTo(Map.of("\\R", "\\mathbb{R}", "\\vec", "\\mathbf{#1}", "\\,", "\\,"));
    }

    @Test
    void aMacroNameWithoutABackslashIsAnError() {
        SiteConfigLoader.Loaded loaded = load("title: T\nmacros:\n  R: \\mathbb{R}\n");
        assertThat(loaded.problems()).extracting(Diagnostic::headline).containsExactly(
                "content/site.yml:3:3: macro name 'R' must be a backslash and a command name, e.g. '\\R'");
        assertThat(loaded.config()).isEqualTo(SiteConfig.defaults());
        assertThat(problems("macros:\n  \\R2: x\n")).containsExactly(
                "content/site.yml:2:3: macro name '\\R2' must be a backslash and a command name, e.g. '\\R'");
    }

    @Test
    void macrosMustBeAMappingOfNamesToText() {
        assertThat(problems("macros: \\R\n")).containsExactly(
                "content/site.yml:1:9: 'macros' must be a mapping of names to values");
        assertThat(problems("macros:\n  \\R: [a]\n")).containsExactly(
                "content/site.yml:2:3: each entry of 'macros' must be 'name: value'");
    }

    @Test
    void solutionsIsOpenOrCollapsed() {
        assertThat(config("solutions: collapsed\n").solutions()).isEqualTo(Display.Solutions.COLLAPSED);
        assertThat(config("solutions: open\n").solutions()).isEqualTo(Display.Solutions.OPEN);
        SiteConfigLoader.Loaded bad = load("solutions: closed\n");
        assertThat(bad.problems()).extracting(Diagnostic::headline).containsExactly(
                "content/site.yml:1:12: 'solutions' must be one of open, collapsed, not 'closed'");
        assertThat(bad.config().solutions()).isEqualTo(Display.Solutions.OPEN);
    }

    @Test
    void precisionIsAWholeNumberFrom1To15() {
        assertThat(config("precision: 1\n").precision()).isEqualTo(1);
        assertThat(config("precision: 15\n").precision()).isEqualTo(15);
        assertThat(problems("precision: 0\n")).containsExactly(
                "content/site.yml:1:12: 'precision' must be between 1 and 15, not 0");
        assertThat(problems("precision: 16\n")).containsExactly(
                "content/site.yml:1:12: 'precision' must be between 1 and 15, not 16");
        assertThat(problems("precision: 3.5\n")).containsExactly(
                "content/site.yml:1:12: 'precision' must be a whole number, not '3.5'");
        assertThat(load("precision: 99\n").config().precision()).isEqualTo(4);
    }

    @Test
    void maxMatrixIsAWholeNumberFrom3To50() {
        assertThat(config("maxMatrix: 3\n").maxMatrix()).isEqualTo(3);
        assertThat(config("maxMatrix: 50\n").maxMatrix()).isEqualTo(50);
        assertThat(problems("title: T\nmaxMatrix: 2\n")).containsExactly(
                "content/site.yml:2:12: 'maxMatrix' must be between 3 and 50, not 2");
        assertThat(problems("maxMatrix: 51\n")).containsExactly(
                "content/site.yml:1:12: 'maxMatrix' must be between 3 and 50, not 51");
    }

    @Test
    void keepTakesPathsInsideTheOutputFolderWrittenWithForwardSlashes() {
        SiteConfig c = config("keep: [downloads/data.zip, 'slides\\deck.pdf', media/]\n");
        assertThat(c.keep()).containsExactly("downloads/data.zip", "slides/deck.pdf", "media");
        assertThat(c.keptPaths()).containsExactly(".git", "CNAME", "downloads/data.zip", "slides/deck.pdf", "media");
        assertThat(config("keep: robots.txt\n").keep()).as("a lone value is a list of one").containsExactly("robots.txt");
    }

    @Test
    void aKeepPathThatCouldLeaveTheOutputFolderIsAnErrorAtItsEntry() {
        String tail = "' must be a path inside the output folder, relative to it, e.g. 'downloads/data.zip' "
                + "(no '..', '.', or leading '/')";
        SiteConfigLoader.Loaded loaded = load("keep:\n  - ok.txt\n  - ../secret\n  - /etc\n  - 'C:/x'\n  - a//b\n  - .\n  - ''\n");
        assertThat(loaded.problems()).extracting(Diagnostic::headline).containsExactly(
                "content/site.yml:3:5: keep: '../secret" + tail,
                "content/site.yml:4:5: keep: '/etc" + tail,
                "content/site.yml:5:5: keep: 'C:/x" + tail,
                "content/site.yml:6:5: keep: 'a//b" + tail,
                "content/site.yml:7:5: keep: '." + tail,
                "content/site.yml:8:5: keep: '" + tail);
        assertThat(loaded.config().keep()).containsExactly("ok.txt");
    }

    @Test
    void keepEntriesMustBeSingleValues() {
        assertThat(problems("keep:\n  - [a, b]\n")).containsExactly(
                "content/site.yml:2:5: each entry of 'keep' must be a single value");
        assertThat(problems("keep: {a: b}\n")).containsExactly(
                "content/site.yml:1:7: 'keep' must be a list of values");
    }

    @Test
    void trustListsCommandsThatNeedTrustSortedAndOnce() {
        assertThat(config("trust: ['\\url', '\\href', '\\url']\n").trust()).containsExactly("\\url", "\\href", "\\url");
        assertThat(config("trust:\n  - \\htmlClass\n").trust()).containsExactly("\\htmlClass");
    }

    @Test
    void trustRefusesAnythingElseAtItsEntry() {
        SiteConfigLoader.Loaded loaded = load("trust: ['\\href', '\\input', [x]]\n");
        assertThat(loaded.problems()).extracting(Diagnostic::headline).containsExactly(
                "content/site.yml:1:18: 'trust' cannot list '\\input'; it takes \\href, \\url, \\includegraphics, "
                        + "\\htmlClass, \\htmlId, \\htmlStyle, \\htmlData",
                "content/site.yml:1:28: 'trust' cannot list this; it takes \\href, \\url, \\includegraphics, "
                        + "\\htmlClass, \\htmlId, \\htmlStyle, \\htmlData");
        assertThat(loaded.config().trust()).containsExactly("\\href");
        assertThat(problems("trust: \\href\n")).containsExactly(
                "content/site.yml:1:8: 'trust' must be a list, e.g. trust: [\\href]");
    }

    @Test
    void anUnknownKeyIsReportedAtItsNameWithTheKnownKeys() {
        assertThat(problems("title: T\nbaseURL: https://example.org\n")).containsExactly(
                "content/site.yml:2:1: unknown key 'baseURL' in content/site.yml " + KNOWN);
    }

    @Test
    void anUnknownKeyDoesNotStopTheOtherKeysFromBeingRead() {
        SiteConfigLoader.Loaded loaded = load("titel: typo\nauthor: Ada\nprecision: 6\n");
        assertThat(loaded.problems()).hasSize(1);
        assertThat(loaded.config().author()).isEqualTo("Ada");
        assertThat(loaded.config().precision()).isEqualTo(6);
    }

    @Test
    void everyProblemIsReportedInOneLoadInFileOrderOfKinds() {
        assertThat(problems("colour: red\nprecision: 0\nmaxMatrix: x\nsolutions: shut\n")).containsExactly(
                "content/site.yml:1:1: unknown key 'colour' in content/site.yml " + KNOWN,
                "content/site.yml:4:12: 'solutions' must be one of open, collapsed, not 'shut'",
                "content/site.yml:2:12: 'precision' must be between 1 and 15, not 0",
                "content/site.yml:3:12: 'maxMatrix' must be a whole number, not 'x'");
    }

    @Test
    void aFileThatIsNotAMappingSaysWhatIsExpected() {
        assertThat(problems("just a title\n")).containsExactly("content/site.yml:1:1: expected 'key: value' lines");
        assertThat(problems("- title: T\n")).containsExactly("content/site.yml:1:1: expected 'key: value' lines");
    }

    @Test
    void invalidYamlIsReportedWhereTheParserStopped() {
        assertThat(problems("title: T\nauthor: \"unclosed\n")).containsExactly(
                "content/site.yml:2:18: invalid YAML: found unexpected end of stream");
        assertThat(problems("title: a: b\n")).containsExactly(
                "content/site.yml:1:9: invalid YAML: mapping values are not allowed here");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtTheSecondAndTheFirstStands() {
        SiteConfigLoader.Loaded loaded = load("title: A\nauthor: B\ntitle: C\n");
        assertThat(loaded.problems()).extracting(Diagnostic::headline).containsExactly(
                "content/site.yml:3:1: 'title' is given twice (first on line 1): keep one");
        assertThat(loaded.config().title()).isEqualTo("A");
        assertThat(problems("limits:\n  pageElements: 5\n  pageElements: 6\n")).containsExactly(
                "content/site.yml:3:3: 'pageElements' is given twice (first on line 2): keep one");
        assertThat(problems("macros:\n  \\R: \\mathbb{R}\n  \\R: \\mathbf{R}\n")).containsExactly(
                "content/site.yml:3:3: '\\R' in 'macros' is given twice (first on line 2): keep one");
    }

    @Test
    void aKeyThatIsNotAPlainNameIsAnError() {
        assertThat(problems("? [a, b]\n: c\n")).containsExactly("content/site.yml:1:3: a key must be a plain name");
    }
}
