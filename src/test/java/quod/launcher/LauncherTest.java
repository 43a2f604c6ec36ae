package quod.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/quod}, the launcher script, run with a stand-in for {@code java} that writes down the options it
 * was given (and the archive it was asked to make): which JVM settings each command gets, and that the
 * class-data-sharing archives of old jars do not pile up in the user's cache.
 */
class LauncherTest {
    @TempDir
    Path tmp;
    Path jdk;
    Path jar;
    Path cache;
    Path log;

    @BeforeEach
    void fakeJava() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
        log = tmp.resolve("java.log");
        Path java = jdk.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                for a in "$@"; do
                  case $a in -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;; esac
                done
                echo "$@" >> "%s"
                """.formatted(log));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.writeString(tmp.resolve("quod.jar"), "not run: the stand-in java does not read it");
        cache = tmp.resolve("cache");
    }

    private String run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", Path.of("bin/quod").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", jdk.getParent().toString());
        pb.environment().put("QUOD_JAR", jar.toString());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().remove("QUOD_CDS");
        pb.environment().remove("QUOD_JAVA_OPTS");
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = Files.readAllLines(log);
        return lines.get(lines.size() - 1);
    }

    @Test
    void aSmallSiteIsBuiltWithTheQuickCompilerAndServedWithTheFullJit() throws Exception {
        Files.createDirectories(tmp.resolve("content"));
        Files.writeString(tmp.resolve("content/index.md"), "---\ntitle: Home\n---\n");
        assertThat(run("build")).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").endsWith("-jar " + jar.toRealPath() + " build");
        assertThat(run("serve", "--port", "0")).contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel");
    }

    @Test
    void theFirstBuildMakesAnArchiveThatTheNextRunsUse() throws Exception {
        assertThat(run("build")).contains("-XX:ArchiveClassesAtExit=");
        assertThat(archives()).hasSize(1);
        assertThat(run("--version")).contains("-XX:SharedArchiveFile=" + cache.resolve("quod/cds").resolve(archives().get(0)));
    }

    @Test
    void onlyTheThreeNewestArchivesAreKeptAndNothingElseInTheFolderIsTouched() throws Exception {
        Path cds = Files.createDirectories(cache.resolve("quod/cds"));
        for (int i = 1; i <= 4; i++) {
            Path old = Files.writeString(cds.resolve("quod-" + i + ".jsa"), "an old jar's archive");
            Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-01-0" + i + "T00:00:00Z")));
        }
        Files.writeString(cds.resolve("notes.txt"), "the user's");
        Files.writeString(cds.resolve("quod-mine.jsa"), "not a name the launcher gives");
        run("build");
        assertThat(archives()).hasSize(3).contains("quod-4.jsa", "quod-3.jsa").doesNotContain("quod-1.jsa", "quod-2.jsa");
        assertThat(cds.resolve("notes.txt")).exists();
        assertThat(cds.resolve("quod-mine.jsa")).exists();
    }

    /** The archives the launcher made, by name. */
    private List<String> archives() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("quod/cds"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("quod-[0-9]+\\.jsa")).sorted().toList();
        }
    }
}
