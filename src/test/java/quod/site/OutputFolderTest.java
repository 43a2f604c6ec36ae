package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which folders {@code --out} may name. These are decisions only (nothing is written), so the
 * dangerous cases (the current folder, home, the root) are tested against a made-up current folder and
 * home inside a temporary folder; {@link OutputSafetyTest} builds for real against the others.
 */
class OutputFolderTest {
    private static final String OWN = "; Quod replaces the whole output folder, so give the site a folder of its own, e.g. --out site";

    @TempDir
    Path tmp;
    Path cwd;
    Path home;
    List<OutputFolder.Protected> protect;

    @BeforeEach
    void layout() throws IOException {
        home = Files.createDirectories(tmp.resolve("home/ann"));
        cwd = Files.createDirectories(home.resolve("course"));
        Files.createDirectories(cwd.resolve("content"));
        Files.createDirectories(cwd.resolve("templates"));
        protect = List.of(new OutputFolder.Protected(Path.of("content"), "content folder", "--source"),
                new OutputFolder.Protected(Path.of("templates"), "templates folder", "--templates"),
                new OutputFolder.Protected(Path.of(".quod-cache"), "cache folder", "--cache"));
    }

    private String refusal(String out) {
        OutputFolder.Decision d = OutputFolder.check(Path.of(out), cwd, home, protect);
        assertThat(d).isInstanceOf(OutputFolder.Refused.class);
        return ((OutputFolder.Refused) d).message();
    }

    private Path accepted(String out) {
        OutputFolder.Decision d = OutputFolder.check(Path.of(out), cwd, home, protect);
        assertThat(d).isInstanceOf(OutputFolder.Accepted.class);
        return ((OutputFolder.Accepted) d).folder().target();
    }

    @Test
    void anEmptyValueIsRefusedRatherThanTakenAsTheCurrentFolder() {
        assertThat(refusal("")).isEqualTo("no folder named (an empty value, perhaps an unset variable); "
                + "name the output folder, e.g. --out site");
    }

    @Test
    void theRootTheHomeFolderTheCurrentFolderAndItsParentsAreRefused() throws IOException {
        assertThat(refusal("/")).isEqualTo("is the root of the file system" + OWN);
        assertThat(refusal(home.toString())).isEqualTo("is your home folder" + OWN);
        assertThat(refusal(".")).isEqualTo("is the current folder" + OWN);
        assertThat(refusal(cwd.toString())).isEqualTo("is the current folder" + OWN);
        assertThat(refusal("..")).isEqualTo("is your home folder" + OWN);
        assertThat(refusal("../..")).isEqualTo("contains the current folder (" + cwd.toRealPath() + ")" + OWN);
    }

    @Test
    void sourceTemplatesAndCacheFoldersAndAnythingInsideOrAroundThemAreRefused() {
        assertThat(refusal("content")).isEqualTo("is the content folder (--source content)" + OWN);
        assertThat(refusal("content/")).isEqualTo("is the content folder (--source content)" + OWN);
        assertThat(refusal("content/site")).isEqualTo("is inside the content folder (--source content)" + OWN);
        assertThat(refusal("templates")).isEqualTo("is the templates folder (--templates templates)" + OWN);
        assertThat(refusal("templates/assets")).isEqualTo("is inside the templates folder (--templates templates)" + OWN);
        assertThat(refusal(".quod-cache")).isEqualTo("is the cache folder (--cache .quod-cache)" + OWN);
        assertThat(refusal(".quod-cache/x")).isEqualTo("is inside the cache folder (--cache .quod-cache)" + OWN);
    }

    @Test
    void aFolderContainingTheSourceIsRefusedEvenOutsideTheCurrentFolder() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("book/content"));
        var d = OutputFolder.check(tmp.resolve("book"), cwd, home,
                List.of(new OutputFolder.Protected(elsewhere, "content folder", "--source")));
        assertThat(((OutputFolder.Refused) d).message())
                .isEqualTo("contains the content folder (--source " + elsewhere + ")" + OWN);
    }

    @Test
    void aPathThatIsNotAFolderIsRefused() throws IOException {
        Files.writeString(cwd.resolve("notes.txt"), "mine");
        assertThat(refusal("notes.txt")).isEqualTo("exists and is not a folder; name a folder for the site, e.g. --out site");
        assertThat(refusal("/dev/null")).isEqualTo("exists and is not a folder; name a folder for the site, e.g. --out site");
    }

    @Test
    void aFolderWithFilesAndNoMarkerIsRefusedNamingWhatIsInIt() throws IOException {
        Files.createDirectories(cwd.resolve("docs/img"));
        Files.writeString(cwd.resolve("docs/report.tex"), "mine");
        Files.writeString(cwd.resolve("docs/zeta.txt"), "mine");
        assertThat(refusal("docs")).isEqualTo("is not empty and was not built by Quod (it has no .quod-site file, "
                + "and holds 'img', 'report.tex' and 1 more); Quod replaces the whole output folder, so it builds "
                + "only into a new or empty folder or one it built before: name another folder, or empty this one yourself");
    }

    @Test
    void aNewFolderAnEmptyOneOneWithOnlyGitAndCnameAndOneQuodBuiltAreAccepted() throws IOException {
        assertThat(accepted("site")).isEqualTo(cwd.toRealPath().resolve("site"));
        assertThat(accepted("out/deeper/site")).isEqualTo(cwd.toRealPath().resolve("out/deeper/site"));
        Files.createDirectories(cwd.resolve("empty"));
        assertThat(accepted("empty")).isEqualTo(cwd.toRealPath().resolve("empty"));
        Files.createDirectories(cwd.resolve("pages/.git"));
        Files.writeString(cwd.resolve("pages/CNAME"), "hw.example.org");
        assertThat(accepted("pages")).isEqualTo(cwd.toRealPath().resolve("pages"));
        Files.createDirectories(cwd.resolve("built"));
        Files.writeString(cwd.resolve("built/index.html"), "old");
        Files.writeString(cwd.resolve("built").resolve(OutputMarker.NAME), "Built by Quod");
        assertThat(accepted("built")).isEqualTo(cwd.toRealPath().resolve("built"));
    }

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetJudgedByTheSameRules() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("www"));
        Files.createSymbolicLink(cwd.resolve("site"), real);
        assertThat(accepted("site")).isEqualTo(real.toRealPath());

        Files.createSymbolicLink(cwd.resolve("sneaky"), cwd.resolve("content"));
        assertThat(refusal("sneaky")).isEqualTo("is the content folder (--source content)" + OWN);
        Files.createSymbolicLink(cwd.resolve("up"), home);
        assertThat(refusal("up")).isEqualTo("is your home folder" + OWN);
        Files.createSymbolicLink(cwd.resolve("dangling"), tmp.resolve("nowhere"));
        assertThat(refusal("dangling")).isEqualTo("is a symbolic link to a folder that does not exist; "
                + "point it at a folder or name another one, e.g. --out site");
    }
}
