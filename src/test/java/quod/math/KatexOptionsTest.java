package quod.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import quod.QuodVersion;

/**
 * The KaTeX settings of a build: one JSON text the same on every build, which KaTeX really reads, and a
 * fingerprint (part of the formula cache key) that changes with every setting.
 */
class KatexOptionsTest {
    private static final String KATEX = QuodVersion.current().katex();

    private static KatexOptions options(Map<String, String> macros, List<String> trust) {
        return new KatexOptions(KATEX, macros, trust);
    }

    @Test
    void theJsonOfTheDefaults() {
        assertThat(options(Map.of(), List.of()).json()).isEqualTo("{\"output\":\"htmlAndMathml\",\"strict\":\"ignore\","
                + "\"errorColor\":\"#cc0000\",\"maxSize\":50,\"maxExpand\":1000,\"macros\":{},"
                + "\"trust\":{\"commands\":[],\"protocols\":[\"http\",\"https\",\"mailto\"],"
                + "\"all\":[\"\\\\href\",\"\\\\url\",\"\\\\includegraphics\",\"\\\\htmlClass\",\"\\\\htmlId\","
                + "\"\\\\htmlStyle\",\"\\\\htmlData\"]}}");
    }

    @Test
    void macrosAreSortedByNameAndQuoted() {
        KatexOptions o = options(Map.of("\\Z", "\\mathbb{Z}", "\\A", "\"<\\"), List.of());
        assertThat(o.macrosJson()).isEqualTo("{\"\\\\A\":\"\\\"\\u003c\\\\\",\"\\\\Z\":\"\\\\mathbb{Z}\"}");
        assertThat(o.json()).contains(",\"macros\":" + o.macrosJson() + ",");
    }

    @Test
    void trustIsSortedAndEachCommandListedOnce() {
        KatexOptions o = options(Map.of(), List.of("\\url", "\\href", "\\url"));
        assertThat(o.trust()).containsExactly("\\href", "\\url");
        assertThat(o.json()).contains("\"commands\":[\"\\\\href\",\"\\\\url\"]");
    }

    @Test
    void theFingerprintIsTheVersionTheJsonAndTheGlue() {
        KatexOptions o = options(Map.of("\\R", "\\mathbb{R}"), List.of("\\href"));
        assertThat(o.fingerprint()).isEqualTo("katex=" + KATEX + ";options=" + o.json() + ";glue=" + KatexOptions.GLUE);
    }

    @Test
    void theSameSettingsGiveTheSameJsonAndFingerprintWhateverTheOrderTheyCameIn() {
        KatexOptions a = options(Map.of("\\A", "1", "\\B", "2"), List.of("\\url", "\\href"));
        KatexOptions b = options(new java.util.TreeMap<>(Map.of("\\B", "2", "\\A", "1")).descendingMap(),
                List.of("\\href", "\\url"));
        assertThat(a.json()).isEqualTo(b.json());
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
    }

    @Test
    void changingAnySettingChangesTheJsonAndTheFingerprint() {
        KatexOptions base = options(Map.of("\\R", "\\mathbb{R}"), List.of("\\href"));
        List<KatexOptions> changed = List.of(
                options(Map.of("\\R", "\\mathbf{R}"), List.of("\\href")),
                options(Map.of("\\S", "\\mathbb{R}"), List.of("\\href")),
                options(Map.of("\\R", "\\mathbb{R}", "\\C", "\\mathbb{C}"), List.of("\\href")),
                options(Map.of(), List.of("\\href")),
                options(Map.of("\\R", "\\mathbb{R}"), List.of()),
                options(Map.of("\\R", "\\mathbb{R}"), List.of("\\href", "\\url")));
        for (KatexOptions c : changed) {
            assertThat(c.json()).as("json of %s", c).isNotEqualTo(base.json());
            assertThat(c.fingerprint()).as("fingerprint of %s", c).isNotEqualTo(base.fingerprint());
        }
        KatexOptions otherVersion = new KatexOptions(KATEX + ".1", base.macros(), base.trust());
        assertThat(otherVersion.fingerprint()).isNotEqualTo(base.fingerprint());
    }

    @Test
    void kaTeXReadsTheMacrosFromTheJsonEvenWithQuotesAndScriptEnds() throws TexError {
        KatexOptions o = options(Map.of("\\R", "\\mathbb{R}", "\\tricky", "\\text{\"</script>}\\backslash"), List.of());
        try (KatexJavetEngine engine = KatexJavetEngine.start(o)) {
            var html = Jsoup.parse(engine.render("\\R + \\tricky", false).html());
            assertThat(html.select(".katex-html .mathbb").text()).isEqualTo("R");
            assertThat(html.select(".katex-html .text").text()).isEqualTo("\"</script>");
            assertThat(html.select("annotation").text()).isEqualTo("\\R + \\tricky");
        }
    }
}
