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

/** Rendered formulas on disk, one pack per build: a hit only for the same TeX, mode, KaTeX version, settings and Quod version. */
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
        cache.save();
        assertThat(new FormulaCache(dir, OPTIONS).get(key)).as("the next build").isEqualTo("<span>x²</span>");
        assertThat(cache.get(cache.key("x^3", false))).isNull();
    }

    @Test
    void aBuildsFormulasAreOnePackFileWrittenOnlyWhenSomethingWasRenderedAnew() throws IOException {
        FormulaCache first = new FormulaCache(dir, OPTIONS);
        for (int i = 0; i < 50; i++) {
            first.put(first.key("x_" + i, false), "<span>" + i + "</span>");
        }
        first.save();
        assertThat(files()).hasSize(1);
        Path pack = files().get(0);
        var written = Files.getLastModifiedTime(pack);
        Files.setLastModifiedTime(pack, java.nio.file.attribute.FileTime.fromMillis(written.toMillis() - 60_000));
        FormulaCache next = new FormulaCache(dir, OPTIONS);
        for (int i = 0; i < 50; i++) {
            assertThat(next.get(next.key("x_" + i, false))).isEqualTo("<span>" + i + "</span>");
        }
        next.save();
        assertThat(Files.getLastModifiedTime(pack).toMillis()).as("all from the pack: not written again")
                .isEqualTo(written.toMillis() - 60_000);
    }

    @Test
    void thePackKeepsTheLastBuildsFormulasNotEveryFormulaEverRendered() {
        FormulaCache first = new FormulaCache(dir, OPTIONS);
        first.put(first.key("old", false), "<span>old</span>");
        first.save();
        FormulaCache second = new FormulaCache(dir, OPTIONS);
        second.put(second.key("new", false), "<span>new</span>");
        second.save();
        FormulaCache third = new FormulaCache(dir, OPTIONS);
        assertThat(third.get(third.key("new", false))).isEqualTo("<span>new</span>");
        assertThat(third.get(third.key("old", false))).as("not used by the build before").isNull();
    }

    @Test
    void otherKatexSettingsKeepAPackOfTheirOwn() {
        KatexOptions macros = new KatexOptions(KATEX, Map.of("\\R", "\\mathbb{R}"), List.of());
        FormulaCache plain = new FormulaCache(dir, OPTIONS);
        plain.put(plain.key("x", false), "<span>plain</span>");
        plain.save();
        FormulaCache other = new FormulaCache(dir, macros);
        other.put(other.key("x", false), "<span>other</span>");
        other.save();
        FormulaCache again = new FormulaCache(dir, OPTIONS);
        assertThat(again.get(again.key("x", false))).isEqualTo("<span>plain</span>");
    }

    @Test
    void aCacheWithoutAFolderRemembersNothing() {
        FormulaCache none = FormulaCache.none(OPTIONS);
        String key = none.key("x", false);
        none.put(key, "html");
        assertThat(none.get(key)).isNull();
        none.save();
    }

    @Test
    void aDamagedOrTruncatedPackIsAMiss() throws IOException {
        FormulaCache cache = new FormulaCache(dir, OPTIONS);
        String key = cache.key("x^2", true);
        cache.put(key, "<span>right</span>");
        cache.save();
        Path pack = files().get(0);
        byte[] good = Files.readAllBytes(pack);
        for (int at : new int[] {0, 30, good.length - 8, good.length - 1}) {
            byte[] bytes = good.clone();
            bytes[at] ^= 1;
            Files.write(pack, bytes);
            assertThat(new FormulaCache(dir, OPTIONS).get(key)).as("bit flipped at " + at).isNull();
        }
        for (int length : new int[] {0, 10, good.length - 1}) {
            Files.write(pack, java.util.Arrays.copyOf(good, length));
            assertThat(new FormulaCache(dir, OPTIONS).get(key)).as("cut to " + length).isNull();
        }
        Files.write(pack, good);
        assertThat(new FormulaCache(dir, OPTIONS).get(key)).as("intact again").isEqualTo("<span>right</span>");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
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
