package quod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes that once deleted a whole project ({@code --out ""}, {@code --out .}, a parent folder,
 * the home folder), made for real: Quod runs as its own process whose current and home folders are
 * made up inside a temporary folder, so even a regression could only touch that folder. Every byte
 * under it must be the same afterwards.
 */
class CurrentFolderSafetyTest {
    private static final String OWN = "; Quod replaces the whole output folder, so give the site a folder of its own, e.g. --out site";

    @TempDir
    Path tmp;
    Path home;
    Path project;

    @BeforeEach
    void project() throws IOException {
        home = Files.createDirectories(tmp.resolve("home"));
        project = Files.createDirectories(home.resolve("course"));
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/index.md"), "---\ntitle: Home\n---\n\nHello.\n");
        Files.writeString(home.resolve("notes.txt"), "mine");
    }

    private record Run(int status, String stderr) { }

    private Run quod(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + home, Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(project.toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private Map<String, String> tree() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path p : walk.toList()) {
                files.put(tmp.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
            }
        }
        return files;
    }

    private void assertRefused(String out, String message) throws IOException, InterruptedException {
        Map<String, String> before = tree();
        Run run = quod("build", "--no-cache", "--out", out);
        assertThat(run.stderr()).isEqualTo("--out " + (out.isEmpty() ? "\"\"" : out) + ": " + message + "\n");
        assertThat(run.status()).isEqualTo(2);
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void anEmptyOutTheCurrentFolderItsParentAndTheHomeFolderAreRefusedAndNothingIsTouched()
            throws IOException, InterruptedException {
        assertRefused("", "no folder named (an empty value, perhaps an unset variable); name the output folder, e.g. --out site");
        assertRefused(".", "is the current folder" + OWN);
        assertRefused(project.toString(), "is the current folder" + OWN);
        assertRefused("..", "is your home folder" + OWN);
        assertRefused("../..", "contains the current folder (" + project.toRealPath() + ")" + OWN);
    }
}
