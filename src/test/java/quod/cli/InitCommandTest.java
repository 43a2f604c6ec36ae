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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code quod init DIR}: the starter site it writes builds with nothing else (no templates folder, so the
 * bundled theme), shows each feature, and passes the link checker under --strict; init never writes into
 * a folder that has something in it.
 */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class InitCommandTest {
    private static final List<String> STARTER = List.of(".github/workflows/pages.yml", ".gitignore",
            "content/first-problem/ellipse.svg", "content/first-problem/index.md", "content/index.md", "content/site.yml");

    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedStreams streams = new CapturedStreams();

    private String stdout() {
        return streams.stdout();
    }

    private String stderr() {
        return streams.stderr();
    }

    /** Every file and folder under {@code root} with its bytes (folders as "<dir>"). */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                files.put(root.relativize(p).toString(), Files.isRegularFile(p)
                        ? java.util.HexFormat.of().formatHex(Files.readAllBytes(p)) : "<dir>");
            }
        }
        return files;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private record Run(int status, String stdout, String stderr) { }

    /** Quod as its own process in {@code dir}, as a user runs it: the current folder decides the defaults. */
    private static Run quodIn(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void initWritesTheStarterSiteAndListsWhatItWrote() throws IOException {
        Path demo = tmp.resolve("courses/demo");

        assertThat(Main.run("init", demo.toString())).isZero();

        assertThat(files(demo)).containsExactlyElementsOf(STARTER);
        assertThat(stdout().lines().toList()).first().isEqualTo("Wrote a new site to " + demo + "/:");
        assertThat(stdout()).contains("  content/site.yml\n").endsWith(" build\n");
        assertThat(stderr()).isEmpty();
        assertThat(Files.readString(demo.resolve(".gitignore"))).contains("/site/\n").contains("/.quod-cache/\n");
        assertThat(Files.readString(demo.resolve(".github/workflows/pages.yml")))
                .contains("actions/deploy-pages")
                .contains("java -jar quod.jar build --edition student --strict --base-url \"$BASE_URL\"")
                .contains("schedule:").contains("java -jar quod.jar releases --passed-within PT3H");
    }

    @Test
    void theStarterSiteBuildsStrictWithTheBundledThemeAndShowsEachFeature() throws IOException, InterruptedException {
        assertThat(Main.run("init", tmp.resolve("demo").toString())).isZero();
        Path demo = tmp.resolve("demo");

        Run build = quodIn(demo, "build", "--strict");

        assertThat(build.stderr()).isEmpty(); // no warning, not even one --strict would have turned into an error
        assertThat(build.status()).isZero();
        assertThat(build.stdout()).startsWith("Built 2 pages, ").contains(", 4 checks passed in ").endsWith("-> site/\n");
        assertThat(demo.resolve("templates")).doesNotExist();
        Path site = demo.resolve("site");
        assertThat(site.resolve("assets/quod.css")).hasSameBinaryContentAs(Path.of("templates/assets/quod.css"));
        assertThat(site.resolve("first-problem/ellipse.svg")).exists();

        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("ul.page-list a[href=first-problem/index.html]").text())
                .isEqualTo("Eigenvalues of a symmetric matrix");
        assertThat(home.select(".katex")).isNotEmpty();

        Document page = Jsoup.parse(site.resolve("first-problem/index.html").toFile(), "UTF-8");
        assertThat(page.select(".katex")).hasSizeGreaterThan(10);
        assertThat(page.select(".katex-display")).isNotEmpty();
        assertThat(page.select("section.problem")).extracting(e -> e.id()).containsExactly("problem-1", "problem-2");
        assertThat(page.select("details.hint")).hasSize(1);
        assertThat(page.select("details.solution[open]")).hasSize(2);
        assertThat(page.select(".answer")).hasSize(2);
        assertThat(page.select(".check")).hasSize(4);
        assertThat(page.select(".equation#eq\\:charpoly > .eqno").text()).isEqualTo("(1)");
        assertThat(page.select("a.eqref[href=#eq:charpoly]")).hasSize(2).allSatisfy(a -> assertThat(a.text()).isEqualTo("(1)"));
        assertThat(page.select("figure.plot svg.plot-lines")).hasSize(1);
        assertThat(page.select("img[src=ellipse.svg]").attr("alt")).isNotBlank();
        assertThat(page.text()).contains("the largest eigenvalue is 3,").contains("After ten steps the factor is 3.000000.");
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyWithExitTwoAndLeavesEveryByte() throws IOException {
        Path course = Files.createDirectories(tmp.resolve("course"));
        Files.writeString(course.resolve("notes.md"), "years of work");
        Files.createDirectories(course.resolve("content"));
        Files.writeString(course.resolve("content/index.md"), "---\ntitle: Mine\n---\n");
        Map<String, String> before = tree(tmp);

        int status = Main.run("init", course.toString());

        assertThat(status).isEqualTo(2);
        assertThat(stderr()).isEqualTo(course + ": is not empty (it holds 'content', 'notes.md'); quod init writes only "
                + "into a new or empty folder, so that it never overwrites a file: name a new folder\n");
        assertThat(stdout()).isEmpty();
        assertThat(tree(tmp)).isEqualTo(before);
    }

    @Test
    void initRefusesAFileWithExitTwo() throws IOException {
        Path file = Files.writeString(tmp.resolve("site.txt"), "mine");

        assertThat(Main.run("init", file.toString())).isEqualTo(2);
        assertThat(Main.run("init", file.resolve("demo").toString())).isEqualTo(2);

        assertThat(stderr()).isEqualTo(file + ": exists and is not a folder; name a new folder for the site\n"
                + file.resolve("demo") + ": cannot be made: " + file + " is a file, not a folder\n");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void anEmptyFolderOrOneHoldingOnlyGitTakesTheStarterSite() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path repo = Files.createDirectories(tmp.resolve("repo/.git"));
        Files.writeString(repo.resolve("HEAD"), "ref: refs/heads/main\n");

        assertThat(Main.run("init", empty.toString())).isZero();
        assertThat(Main.run("init", tmp.resolve("repo").toString())).isZero();

        assertThat(files(empty)).containsExactlyElementsOf(STARTER);
        assertThat(files(tmp.resolve("repo"))).contains(".git/HEAD").containsAll(STARTER);
        assertThat(Files.readString(repo.resolve("HEAD"))).isEqualTo("ref: refs/heads/main\n");
    }

    @Test
    void initWithoutAFolderIsAUsageError() {
        assertThat(Main.run("init")).isEqualTo(2);
        assertThat(stderr()).startsWith("Missing required parameter: 'DIR'");
    }
}
