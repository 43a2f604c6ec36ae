package quod.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.BundledFiles;

/** Writing the starter site never overwrites, and a failure part way leaves the folder as it was. */
class StarterSiteTest {
    @TempDir
    Path tmp;

    @Test
    void aFailurePartWayRemovesTheFilesAndFoldersItMadeAndNothingElse() throws IOException {
        // A starter whose second file goes under .git/, where the target folder has a .git *file* (as a git
        // worktree does): the folder counts as empty, 'notes/a.txt' is written (and the folder 'notes'
        // made), then '.git/hooks/x' cannot be.
        Path starter = tmp.resolve("classes/starter");
        Files.createDirectories(starter.resolve("notes"));
        Files.writeString(starter.resolve("notes/a.txt"), "first");
        Files.createDirectories(starter.resolve("dot-git/hooks"));
        Files.writeString(starter.resolve("dot-git/hooks/x"), "second");
        Path dir = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(dir.resolve(".git"), "gitdir: /elsewhere\n");

        StarterSite.Outcome outcome = new StarterSite(new BundledFiles(tmp.resolve("classes"), "starter")).writeInto(dir);

        assertThat(outcome).isInstanceOf(StarterSite.Failed.class);
        assertThat(((StarterSite.Failed) outcome).message()).endsWith("; nothing was left behind");
        assertThat(new StarterSite(new BundledFiles(tmp.resolve("classes"), "starter")).writeInto(tmp.resolve("other")))
                .isEqualTo(new StarterSite.Written(java.util.List.of(".git/hooks/x", "notes/a.txt")));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(".git");
        }
        assertThat(Files.readString(dir.resolve(".git"))).isEqualTo("gitdir: /elsewhere\n");
    }
}
