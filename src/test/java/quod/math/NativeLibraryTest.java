package quod.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V8's native library is extracted once into Quod's folder and loaded from there, never into the temp folder. */
class NativeLibraryTest {
    @TempDir
    Path tmp;

    @Test
    void theLibraryIsExtractedOnceAndACompleteCopyIsNotWrittenAgain() throws Exception {
        Path file = NativeLibrary.extractInto(tmp.resolve("native"));
        long size = Files.size(file);
        assertThat(size).as("Javet's V8 library is tens of MB").isGreaterThan(1_000_000);
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(file, old);
        assertThat(NativeLibrary.extractInto(tmp.resolve("native"))).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        assertThat(siblings(file)).as("no temporary file left beside it").containsExactly(file);
    }

    @Test
    void aTruncatedCopyIsWrittenAgain() throws Exception {
        Path file = NativeLibrary.extractInto(tmp.resolve("native"));
        long size = Files.size(file);
        try (var channel = Files.newByteChannel(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size / 2);
        }
        NativeLibrary.extractInto(tmp.resolve("native"));
        assertThat(Files.size(file)).isEqualTo(size);
    }

    @Test
    void aBuildLoadsV8FromThePerUserFolderAndLeavesNothingInTheTemporaryFolderOrItsCache() throws Exception {
        // Its own process: a JVM loads the library once, and this one may have loaded it already.
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("index.md"), "---\ntitle: Home\n---\n\nLet $x^2 = 1$.\n");
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        Path cache = tmp.resolve("cache");
        Path user = tmp.resolve("xdg-cache");
        ProcessBuilder build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + javaTmp, "-cp", System.getProperty("java.class.path"), "quod.cli.Main",
                "build", "--source", content.toString(), "--out", tmp.resolve("site").toString(),
                "--cache", cache.toString(), "--templates", Path.of("templates").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile());
        build.environment().put("XDG_CACHE_HOME", user.toString());
        Process p = build.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("out.txt"))).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains("1 formula");
        assertThat(siblings(user.resolve("quod/native/x"))).singleElement()
                .satisfies(lib -> assertThat(lib.getFileName().toString()).startsWith("libjavet"));
        assertThat(cache.resolve("native")).as("a copy in the site's cache folder").doesNotExist();
        try (Stream<Path> left = Files.walk(javaTmp)) {
            assertThat(left.filter(Files::isRegularFile).toList()).as("Javet's copy in the temporary folder").isEmpty();
        }
    }

    private static List<Path> siblings(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.toList();
        }
    }
}
