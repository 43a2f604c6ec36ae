package quod.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quod.QuodVersion;

/** One real KaTeX engine kept across builds: started once, never closed by a build, reset by nothing a build does. */
class WarmEngineTest {
    private static final KatexOptions PLAIN = new KatexOptions(QuodVersion.current().katex(), Map.of(), List.of());

    /** The real engine, with the starts and closes counted. */
    private final List<String> log = new ArrayList<>();

    private MathEngine start(KatexOptions options) {
        log.add("start " + options.macros());
        KatexJavetEngine engine = KatexJavetEngine.start(options);
        return new MathEngine() {
            @Override
            public RenderedTex render(String tex, boolean display) throws TexError {
                return engine.render(tex, display);
            }

            @Override
            public void close() {
                log.add("close");
                engine.close();
            }
        };
    }

    @Test
    void buildsShareOneStartedEngineWhichTheirCloseDoesNotStop() throws TexError {
        try (WarmEngine warm = new WarmEngine(this::start)) {
            MathEngine first = warm.lend(PLAIN);
            String html = first.render("x^2", false).html();
            first.close();
            MathEngine second = warm.lend(new KatexOptions(PLAIN.katexVersion(), Map.of(), List.of()));
            assertThat(second.render("x^2", false).html()).isEqualTo(html);
            second.close();
            assertThat(log).containsExactly("start {}");
        }
        assertThat(log).containsExactly("start {}", "close");
    }

    @Test
    void aBuildWithOtherMacrosGetsAnEngineStartedWithThem() throws TexError {
        try (WarmEngine warm = new WarmEngine(this::start)) {
            warm.lend(PLAIN).render("x", false);
            MathEngine withMacro = warm.lend(new KatexOptions(PLAIN.katexVersion(), Map.of("\\R", "\\mathbb{R}"), List.of()));
            assertThat(withMacro.render("\\R", false).html()).contains("mathbb");
            assertThat(log).containsExactly("start {}", "close", "start {\\R=\\mathbb{R}}");
        }
    }

    @Test
    void aMacroOneBuildDefinesWithGdefIsUnknownToTheNext() throws TexError {
        try (WarmEngine warm = new WarmEngine(this::start)) {
            warm.lend(PLAIN).render("\\gdef\\leaked{42} \\leaked", false);
            MathEngine next = warm.lend(PLAIN);
            assertThatThrownBy(() -> next.render("\\leaked", false)).isInstanceOf(TexError.class)
                    .hasMessageContaining("Undefined control sequence");
        }
    }

    @Test
    void afterDiscardTheNextBuildStartsAFreshEngineAndAfterCloseNoneIsLent() {
        WarmEngine warm = new WarmEngine(this::start);
        warm.lend(PLAIN);
        warm.discard();
        warm.lend(PLAIN);
        warm.close();
        assertThat(log).containsExactly("start {}", "close", "start {}", "close");
        assertThatThrownBy(() -> warm.lend(PLAIN)).isInstanceOf(IllegalStateException.class);
    }
}
