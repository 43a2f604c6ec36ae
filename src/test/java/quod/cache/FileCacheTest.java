package quod.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.QuodVersion;

/** The one cache: what goes in comes out, anything damaged is a miss, keys cannot collide by accident. */
class FileCacheTest {
    @TempDir
    Path dir;

    private List<Path> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void whatIsPutIsGotBackAndNothingElse() {
        FileCache cache = new FileCache(dir);
        String key = cache.key("formula", "x^2");
        assertThat(cache.get(key)).isEmpty();
        cache.putString(key, "<span>x²</span>");
        assertThat(cache.getString(key)).contains("<span>x²</span>");
        assertThat(new FileCache(dir).getString(key)).as("another build reads it").contains("<span>x²</span>");
        assertThat(cache.get(cache.key("formula", "y^2"))).isEmpty();
    }

    @Test
    void aTruncatedOrAlteredEntryIsAMissNeverWrongOutput() throws IOException {
        FileCache cache = new FileCache(dir);
        String key = cache.key("a");
        cache.putString(key, "the right answer");
        Path file = entries().get(0);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        assertThat(cache.get(key)).isEmpty();
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(cache.get(key)).isEmpty();
        cache.putString(key, "the right answer");
        assertThat(cache.getString(key)).contains("the right answer");
    }

    @Test
    void keysAreLengthPrefixedSoPartsCannotRunTogether() {
        FileCache cache = new FileCache(null);
        assertThat(cache.key("ab", "c")).isNotEqualTo(cache.key("a", "bc"));
        assertThat(cache.key("ab", "c")).isEqualTo(cache.key("ab", "c"));
    }

    @Test
    void anotherVersionOfQuodNeverReadsThisOnesEntries() {
        FileCache now = new FileCache(dir);
        FileCache next = new FileCache(dir, QuodVersion.current().quod() + "-next");
        now.putString(now.key("formula", "x"), "old html");
        assertThat(next.key("formula", "x")).isNotEqualTo(now.key("formula", "x"));
        assertThat(next.get(next.key("formula", "x"))).isEmpty();
    }

    @Test
    void withoutAFolderNothingIsRememberedAndNothingWritten() throws IOException {
        FileCache none = new FileCache(null);
        none.putString(none.key("a"), "x");
        assertThat(none.get(none.key("a"))).isEmpty();
        assertThat(entries()).isEmpty();
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        FileCache cache = new FileCache(dir);
        for (int i = 0; i < 5; i++) {
            cache.putString(cache.key("k" + i), "v");
        }
        assertThat(entries()).hasSize(5).noneMatch(p -> p.toString().endsWith(".tmp"));
    }
}
