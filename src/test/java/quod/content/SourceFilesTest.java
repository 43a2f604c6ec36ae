package quod.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;

/** Which files of the content folder are the site's: litter is skipped, links may not lead out of the folder. */
class SourceFilesTest {
    @TempDir
    Path tmp;
    private final Diagnostics diagnostics = new Diagnostics();

    private Path content() throws IOException {
        return Files.createDirectories(tmp.resolve("content"));
    }

    private Path touch(Path root, String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    private List<String> list(Path root) {
        return new SourceFiles(root, "content").list(diagnostics).stream().map(ContentLoader::slashed).toList();
    }

    private List<String> problems() {
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void filesAreSortedByTheirSlashedPathCharacterByCharacter() throws IOException {
        Path root = content();
        for (String p : List.of("a/z.md", "a-b.md", "a.md", "B.md", "a/b/c.md")) {
            touch(root, p);
        }
        // '-' < '.' < '/' and upper case before lower case, as String.compareTo orders them
        assertThat(list(root)).containsExactly("B.md", "a-b.md", "a.md", "a/b/c.md", "a/z.md");
    }

    @Test
    void versionControlEditorAndSystemLitterIsSkipped() throws IOException {
        Path root = content();
        for (String p : List.of(".git/config", ".gitignore", ".svn/entries", ".DS_Store", "Thumbs.db", "a.md~",
                ".a.md.swp", "#a.md#", ".#a.md", "._a.md", "__MACOSX/a.md", ".idea/x.xml", ".quod-cache/ab/cd",
                "img/.DS_Store", "a.md")) {
            touch(root, p);
        }
        assertThat(list(root)).containsExactly("a.md");
        assertThat(problems()).isEmpty();
    }

    @Test
    void otherDotfilesArePublished() throws IOException {
        Path root = content();
        touch(root, ".htaccess");
        touch(root, ".well-known/security.txt");
        touch(root, "#");
        assertThat(list(root)).containsExactly("#", ".htaccess", ".well-known/security.txt");
    }

    @Test
    void isLitterNamesTheSkippedNames() {
        assertThat(List.of(".git", ".gitattributes", ".hg", "CVS", "desktop.ini", "x.swo", "x.swx", "~", "#x#"))
                .allMatch(SourceFiles::isLitter);
        assertThat(List.of("git", "x.swp.md", "#", "#x", "x#", "index.md", ".nojekyll", "CNAME"))
                .noneMatch(SourceFiles::isLitter);
    }

    @Test
    void aLinkToAFileInsideTheFolderIsPublishedUnderTheLinksName() throws IOException {
        Path root = content();
        touch(root, "real/data.csv");
        Files.createSymbolicLink(root.resolve("alias.csv"), root.resolve("real/data.csv"));
        Files.createSymbolicLink(root.resolve("linked"), root.resolve("real"));
        assertThat(list(root)).containsExactly("alias.csv", "linked/data.csv", "real/data.csv");
        assertThat(problems()).isEmpty();
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsAnError() throws IOException {
        Path root = content();
        Path secret = touch(tmp, "secret.txt");
        Files.createSymbolicLink(root.resolve("s.txt"), secret);
        assertThat(list(root)).isEmpty();
        assertThat(problems()).containsExactly("content/s.txt: is a symbolic link to a file outside the content folder ("
                + secret.toRealPath() + "); Quod never publishes files from outside it: copy the file into the content "
                + "folder instead");
    }

    @Test
    void aLinkToAFolderOutsideTheFolderIsAnError() throws IOException {
        Path root = content();
        touch(tmp, "elsewhere/a.txt");
        Files.createSymbolicLink(root.resolve("ext"), tmp.resolve("elsewhere"));
        assertThat(list(root)).isEmpty();
        assertThat(problems()).containsExactly("content/ext: is a symbolic link to a folder outside the content folder ("
                + tmp.resolve("elsewhere").toRealPath() + "); Quod never publishes files from outside it: copy what the "
                + "site needs into the content folder");
    }

    @Test
    void aBrokenLinkIsAnError() throws IOException {
        Path root = content();
        Files.createSymbolicLink(root.resolve("gone.png"), Path.of("missing.png"));
        assertThat(list(root)).isEmpty();
        assertThat(problems()).containsExactly("content/gone.png: is a broken symbolic link (to missing.png); remove it "
                + "or point it at a file inside the content folder");
    }

    @Test
    void aLoopOfLinksIsAnErrorNotAHang() throws IOException {
        Path root = content();
        touch(root, "a/x.md");
        Files.createSymbolicLink(root.resolve("a/back"), root.resolve("a"));
        assertThat(list(root)).containsExactly("a/x.md");
        assertThat(problems()).containsExactly("content/a/back: is a symbolic link that leads back into a folder that "
                + "contains it (a loop); remove the link");
    }

    @Test
    void theContentFolderItselfMayBeALink() throws IOException {
        Path real = content();
        touch(real, "a.md");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertThat(list(link)).containsExactly("a.md");
        assertThat(problems()).isEmpty();
    }
}
