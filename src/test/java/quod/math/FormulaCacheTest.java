package quod.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.QuodVersion;
import quod.cache.FileCache;

/** Rendered formulas on disk: a hit only for the same TeX, mode, KaTeX version, settings and Quod version. */
class FormulaCacheTest {
    private static final String KATEX = QuodVersion.current().katex();
    private static final KatexOptions OPTIONS = new KatexOptions(KATEX, Map.of(), List.of());

    @TempDir
    Path dir;

    @Test
    void whatIsPutIsAHitAndAnythingElseAMiss() {
        FormulaCache cache = new FormulaCache(dir, OPTIONS);
        String key = cache.key("x^2", false);
        assertThat(cache.get(key)).isNull();
        cache.put(key, "<span>x²</span>");
        assertThat(cache.get(key)).isEqualTo("<span>x²</span>");
        assertThat(new FormulaCache(dir, OPTIONS).get(key)).as("the next build").isEqualTo("<span>x²</span>");
        assertThat(cache.get(cache.key("x^3", false))).isNull();
    }

    @Test
    void aCacheWithoutAFolderRemembersNothing() {
        FormulaCache none = FormulaCache.none(OPTIONS);
        String key = none.key("x", false);
        none.put(key, "html");
        assertThat(none.get(key)).isNull();
    }

    @Test
    void aDamagedEntryIsAMiss() throws IOException {
        FormulaCache cache = new FormulaCache(dir, OPTIONS);
        String key = cache.key("x^2", true);
        cache.put(key, "<span>right</span>");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length - 2] ^= 1;
                Files.write(f, bytes);
            }
        }
        assertThat(cache.get(key)).isNull();
    }

    @Test
    void theKeyDependsOnTheTexAndTheDisplayMode() {
        FormulaCache cache = FormulaCache.none(OPTIONS);
        assertThat(cache.key("x", true)).isNotEqualTo(cache.key("x", false));
        assertThat(cache.key("x", false)).isNotEqualTo(cache.key("x ", false));
        assertThat(cache.key("x", false)).isEqualTo(FormulaCache.none(OPTIONS).key("x", false));
    }

    @Test
    void theKeyDependsOnTheKatexVersionAndSettings() {
        String key = FormulaCache.none(OPTIONS).key("\\R", false);
        assertThat(FormulaCache.none(new KatexOptions(KATEX + "-other", Map.of(), List.of())).key("\\R", false))
                .isNotEqualTo(key);
        assertThat(FormulaCache.none(new KatexOptions(KATEX, Map.of("\\R", "\\mathbb{R}"), List.of())).key("\\R", false))
                .isNotEqualTo(key);
        assertThat(FormulaCache.none(new KatexOptions(KATEX, Map.of(), List.of("\\url"))).key("\\R", false))
                .isNotEqualTo(key);
    }

    @Test
    void theKeyIsAFileCacheKeySoItIncludesQuodsVersion() {
        // FileCache puts Quod's version in every key (FileCacheTest pins that another version never reads it)
        assertThat(FormulaCache.none(OPTIONS).key("x", true))
                .isEqualTo(new FileCache(null).key("formula", OPTIONS.fingerprint(), "display", "x"));
        assertThat(FormulaCache.none(OPTIONS).key("x", false))
                .isEqualTo(new FileCache(null).key("formula", OPTIONS.fingerprint(), "inline", "x"));
    }
}
