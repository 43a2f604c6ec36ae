package quod.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import quod.QuodVersion;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;
import quod.math.RenderedTex.UntrustedCommand;

/** What KaTeX says about a formula, placed at the file, line and column of the fault in the Markdown source. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TexErrorsTest {
    private KatexJavetEngine katex;

    @BeforeAll
    void start() {
        // \bad writes a command that needs trust; \hrefx is a longer name that starts like one
        katex = KatexJavetEngine.start(new KatexOptions(QuodVersion.current().katex(),
                Map.of("\\bad", "\\href{x}{y}", "\\hrefx", "h"), List.of()));
    }

    @AfterAll
    void stop() {
        katex.close();
    }

    /** The formula between the first pair of {@code $} on the page. */
    private static Formula inlineFormula(SourceText source) {
        int open = source.text().indexOf('$');
        int close = source.text().indexOf('$', open + 1);
        return new Formula(source.text().substring(open + 1, close), false, source, open + 1);
    }

    private Diagnostic error(Formula f) {
        TexError e = catchThrowableOfType(() -> katex.render(f.tex(), f.display()), TexError.class);
        assertThat(e).as("KaTeX rejects %s", f.tex()).isNotNull();
        return TexErrors.toDiagnostic(f, e);
    }

    private List<Diagnostic> warnings(Formula f) throws TexError {
        return TexErrors.untrusted(f, katex.render(f.tex(), f.display()).untrusted());
    }

    @Test
    void anUndefinedCommandIsReportedAtItsBackslash() {
        SourceText page = new SourceText("content/a.md", "---\ntitle: T\n---\n\nLet $a + \\foo b$ be.\n");
        Diagnostic d = error(inlineFormula(page));
        assertThat(d.headline()).isEqualTo("content/a.md:5:10: bad LaTeX: Undefined control sequence: \\foo");
        assertThat(d.format()).endsWith("    Let $a + \\foo b$ be.\n             ^");
    }

    @Test
    void aFaultAtTheEndOfTheFormulaIsReportedAtItsClosingDelimiter() {
        SourceText page = new SourceText("content/a.md", "Then $x^{2$.\n");
        assertThat(error(inlineFormula(page)).headline())
                .isEqualTo("content/a.md:1:11: bad LaTeX: Expected '}', got 'EOF'");
    }

    @Test
    void aFaultInALaterLineOfADisplayFormulaIsReportedOnThatLine() {
        String text = "$$\n\\begin{aligned}\na &= b \\\\\nc &= d \\over e \\over f\n\\end{aligned}\n$$\n";
        SourceText page = new SourceText("content/a.md", text);
        int start = text.indexOf('\n') + 1;
        Formula f = new Formula(text.substring(start, text.lastIndexOf("$$")), true, page, start);
        assertThat(error(f).headline())
                .isEqualTo("content/a.md:4:16: bad LaTeX: only one infix operator per group");
    }

    @Test
    void anErrorWithoutAPositionIsReportedAtTheFormulasStart() {
        SourceText page = new SourceText("content/a.md", "ab\ncd $x$\n");
        Formula f = new Formula("x", false, page, 7);
        assertThat(TexErrors.toDiagnostic(f, new TexError("KaTeX parse error: something", -1)).headline())
                .isEqualTo("content/a.md:2:5: bad LaTeX: something");
    }

    @Test
    void aPositionPastTheFormulaOrTheFileStaysInsideTheFile() {
        SourceText page = new SourceText("content/a.md", "$x$");
        Formula f = new Formula("x", false, page, 1);
        assertThat(TexErrors.toDiagnostic(f, new TexError("m", 99)).headline()).isEqualTo("content/a.md:1:3: bad LaTeX: m");
        SourceText cut = new SourceText("content/b.md", "$x");
        assertThat(TexErrors.toDiagnostic(new Formula("x", false, cut, 1), new TexError("m", 5)).headline())
                .isEqualTo("content/b.md:1:2: bad LaTeX: m");
    }

    @Test
    void eachRefusedCommandIsAWarningAtItsOwnOccurrence() throws TexError {
        SourceText page = new SourceText("content/a.md",
                "See $\\href{https://a.org}{a} + \\hrefx + \\href{https://b.org}{b}$.\n");
        assertThat(warnings(inlineFormula(page))).extracting(Diagnostic::headline).containsExactly(
                "content/a.md:1:6: warning: \\href needs trust: KaTeX shows it as red text; to allow it, add it to "
                        + "trust: in site.yml (trust: ['\\href'])",
                "content/a.md:1:41: warning: \\href needs trust: KaTeX shows it as red text; to allow it, add it to "
                        + "trust: in site.yml (trust: ['\\href'])");
    }

    @Test
    void aCommandAMacroWroteIsAWarningAtTheFormula() throws TexError {
        SourceText page = new SourceText("content/a.md", "x $1 + \\bad$\n");
        assertThat(warnings(inlineFormula(page))).extracting(Diagnostic::headline).singleElement().asString()
                .startsWith("content/a.md:1:4: warning: \\href needs trust");
    }

    @Test
    void aListedCommandIsRefusedForItsUrlAndSaysWhy() {
        SourceText page = new SourceText("content/a.md", "$\\href{javascript:x}{a} \\href{a&b}{c}$");
        Formula f = inlineFormula(page);
        List<Diagnostic> ws = TexErrors.untrusted(f, List.of(new UntrustedCommand("\\href", "javascript:x", true),
                new UntrustedCommand("\\href", null, true)));
        assertThat(ws).extracting(Diagnostic::headline).containsExactly(
                "content/a.md:1:2: warning: \\href to 'javascript:x' is refused: even a trusted command may only link "
                        + "to http, https or mailto URLs",
                "content/a.md:1:25: warning: \\href is refused: its URL has no scheme KaTeX can read; even a trusted "
                        + "command may only link to http, https or mailto URLs");
        assertThat(ws).allMatch(w -> !w.isError());
    }
}
