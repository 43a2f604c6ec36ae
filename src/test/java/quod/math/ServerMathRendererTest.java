package quod.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.QuodVersion;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/**
 * Build-time math on the real KaTeX: the engine starts on the first cache miss only, a formula is cached
 * unless it must be warned about again, and bad TeX is an error with a placeholder in the page.
 */
class ServerMathRendererTest {
    private static final KatexOptions OPTIONS = new KatexOptions(QuodVersion.current().katex(), Map.of(), List.of());

    @TempDir
    Path cacheDir;
    private final AtomicInteger starts = new AtomicInteger();
    private final Supplier<MathEngine> engines = () -> {
        starts.incrementAndGet();
        return KatexJavetEngine.start(OPTIONS);
    };

    private static Formula formula(String tex) {
        return new Formula(tex, false, new SourceText("content/a.md", "$" + tex + "$\n"), 1);
    }

    @Test
    void aFormulaIsRenderedOnceAndTheNextBuildTakesItFromTheCacheWithoutStartingTheEngine() {
        Diagnostics diagnostics = new Diagnostics();
        String first;
        try (ServerMathRenderer build = new ServerMathRenderer(new FormulaCache(cacheDir, OPTIONS), engines)) {
            first = build.render(formula("x^2"), diagnostics);
            assertThat(build.render(formula("x^2"), diagnostics)).isEqualTo(first);
            assertThat(build.engineStarted()).isTrue();
            assertThat(build.stats()).isEqualTo(new MathStats(2, 0)); // the repeat is not "from the cache"
        }
        try (ServerMathRenderer next = new ServerMathRenderer(new FormulaCache(cacheDir, OPTIONS), engines)) {
            assertThat(next.render(formula("x^2"), diagnostics)).isEqualTo(first);
            assertThat(next.engineStarted()).isFalse();
            assertThat(next.stats()).isEqualTo(new MathStats(1, 1));
        }
        assertThat(starts).hasValue(1);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(Jsoup.parse(first).select("annotation").text()).isEqualTo("x^2");
    }

    @Test
    void badTexIsAnErrorAndTheTexShowsEscapedInItsPlace() {
        Diagnostics diagnostics = new Diagnostics();
        try (ServerMathRenderer build = new ServerMathRenderer(new FormulaCache(cacheDir, OPTIONS), engines)) {
            String html = build.render(formula("a < \\foo"), diagnostics);
            assertThat(html).isEqualTo("<span class=\"math-error\">a &lt; \\foo</span>");
        }
        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline)
                .containsExactly("content/a.md:1:6: bad LaTeX: Undefined control sequence: \\foo");
    }

    @Test
    void aFormulaWithARefusedCommandIsNotCachedSoEveryBuildWarnsAgain() {
        for (int build = 1; build <= 2; build++) {
            Diagnostics diagnostics = new Diagnostics();
            try (ServerMathRenderer r = new ServerMathRenderer(new FormulaCache(cacheDir, OPTIONS), engines)) {
                r.render(formula("\\href{https://a.org}{a}"), diagnostics);
                assertThat(r.stats().fromCache()).as("build %d", build).isZero();
            }
            assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).singleElement().asString()
                    .startsWith("content/a.md:1:2: warning: \\href needs trust");
        }
    }

    @Test
    void aBuildWithoutFormulasNeverStartsTheEngine() {
        ServerMathRenderer r = new ServerMathRenderer(FormulaCache.none(OPTIONS), engines);
        r.close();
        assertThat(r.engineStarted()).isFalse();
        assertThat(starts).hasValue(0);
    }

    @Test
    void aFormulaRepeatedWithinOneBuildIsNotCountedAsFromTheCache() {
        Diagnostics diagnostics = new Diagnostics();
        try (ServerMathRenderer first = new ServerMathRenderer(new FormulaCache(cacheDir, OPTIONS), engines)) {
            first.render(formula("y^3"), diagnostics);
            first.render(formula("y^3"), diagnostics);
            assertThat(first.stats()).isEqualTo(new MathStats(2, 0));
        }
        try (ServerMathRenderer second = new ServerMathRenderer(new FormulaCache(cacheDir, OPTIONS), engines)) {
            second.render(formula("y^3"), diagnostics);
            second.render(formula("y^3"), diagnostics);
            assertThat(second.stats()).isEqualTo(new MathStats(2, 2));
        }
        assertThat(diagnostics.sorted()).isEmpty();
    }
}
