package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostic;

/**
 * Real builds against output folders Quod must not replace (every byte under the temporary folder is
 * the same afterwards), and the guarantees of the output swap: kept files survive, a killed build's
 * leftovers are finished or removed and nothing else is, and the site gets ordinary permissions.
 */
class OutputSafetyTest {
    private static final String OWN = "; Quod replaces the whole output folder, so give the site a folder of its own, e.g. --out site";

    @TempDir
    Path tmp;
    Path content;
    Path templates;
    Path cache;

    @BeforeEach
    void site() throws IOException {
        content = Files.createDirectories(tmp.resolve("project/content"));
        Files.writeString(content.resolve("index.md"), "---\ntitle: Home\n---\n\nHello $x^2$.\n");
        Files.writeString(content.resolve("site.yml"), "title: Safety\n");
        templates = tmp.resolve("project/templates");
        Fixtures.copyTree(Fixtures.PROJECT_TEMPLATES, templates);
        cache = tmp.resolve("project/.quod-cache");
    }

    private BuildResult build(Path out) {
        return new SiteBuild(new BuildOptions(content, templates, out, null, BuildOptions.MathMode.CLIENT, cache, false)).run();
    }

    private void assertRefusedUntouched(Path out, String message) throws IOException {
        Map<String, byte[]> before = Fixtures.tree(tmp);
        BuildResult result = build(out);
        assertThat(result.status()).isEqualTo(BuildResult.Status.REFUSED);
        assertThat(result.diagnostics()).extracting(Diagnostic::headline).containsExactly("--out " + out + ": " + message);
        Map<String, byte[]> after = Fixtures.tree(tmp);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void sourceTemplatesCacheAndFoldersAroundThemAreRefusedAndNotTouched() throws IOException {
        Files.createDirectories(cache.resolve("math"));
        Files.writeString(cache.resolve("math/entry"), "cached");
        assertRefusedUntouched(content, "is the content folder (--source " + content + ")" + OWN);
        assertRefusedUntouched(content.resolve("out"), "is inside the content folder (--source " + content + ")" + OWN);
        assertRefusedUntouched(tmp.resolve("project"), "contains the content folder (--source " + content + ")" + OWN);
        assertRefusedUntouched(templates, "is the templates folder (--templates " + templates + ")" + OWN);
        assertRefusedUntouched(cache, "is the cache folder (--cache " + cache + ")" + OWN);
    }

    @Test
    void aForeignFolderAFileAndALinkToTheSourceAreRefusedAndNotTouched() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("thesis.tex"), "years of work");
        assertRefusedUntouched(docs, "is not empty and was not built by Quod (it has no .quod-site file, and holds "
                + "'thesis.tex'); Quod replaces the whole output folder, so it builds only into a new or empty folder "
                + "or one it built before: name another folder, or empty this one yourself");
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertRefusedUntouched(notes, "exists and is not a folder; name a folder for the site, e.g. --out site");
        Path link = Files.createSymbolicLink(tmp.resolve("site"), content);
        assertRefusedUntouched(link, "is the content folder (--source " + content + ")" + OWN);
    }

    @Test
    void aGhPagesCheckoutKeepsItsGitFolderAndCnameAcrossRebuilds() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve(".git/objects"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(site.resolve(".git/objects/ab"), "object");
        Files.writeString(site.resolve("CNAME"), "hw.example.org\n");

        assertThat(build(site).succeeded()).isTrue();
        Files.writeString(site.resolve("stray.html"), "left by hand, not kept");
        assertThat(build(site).succeeded()).isTrue();

        assertThat(Files.readString(site.resolve(".git/HEAD"))).isEqualTo("ref: refs/heads/gh-pages\n");
        assertThat(Files.readString(site.resolve(".git/objects/ab"))).isEqualTo("object");
        assertThat(Files.readString(site.resolve("CNAME"))).isEqualTo("hw.example.org\n");
        assertThat(site.resolve("stray.html")).doesNotExist();
        assertThat(site.resolve("index.html")).exists();
        assertThat(Files.readString(site.resolve(OutputMarker.NAME))).startsWith("Built by Quod ");
        assertThat(siblings()).containsExactly("project", "site");
    }

    @Test
    void pathsListedUnderKeepSurviveARebuild() throws IOException {
        Files.writeString(content.resolve("site.yml"), "title: Safety\nkeep:\n  - downloads\n  - google1234.html\n");
        Path site = tmp.resolve("site");
        assertThat(build(site).succeeded()).isTrue();
        Files.createDirectories(site.resolve("downloads"));
        Files.write(site.resolve("downloads/data.bin"), new byte[] {1, 2, 3});
        Files.writeString(site.resolve("google1234.html"), "verification");
        assertThat(build(site).succeeded()).isTrue();
        assertThat(Files.readAllBytes(site.resolve("downloads/data.bin"))).containsExactly(1, 2, 3);
        assertThat(Files.readString(site.resolve("google1234.html"))).isEqualTo("verification");
    }

    @Test
    void leftoversOfAKilledBuildAreFinishedOrRemovedAndNothingElse() throws IOException, InterruptedException {
        Path site = tmp.resolve("site");
        assertThat(build(site).succeeded()).isTrue();
        // A build killed while staging: its folder names a process that has ended.
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path staging = Files.createDirectories(tmp.resolve(".site.building-dead"));
        Files.writeString(staging.resolve(OutputMarker.NAME), "building in process " + ended.pid() + "\n");
        Files.writeString(staging.resolve("index.html"), "half");
        // A build still running in another process: left alone.
        Path running = Files.createDirectories(tmp.resolve(".site.building-alive"));
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(running.resolve(OutputMarker.NAME), "building in process " + alive + "\n");
        // A build killed after the swap: the old site still holds the .git it was to hand over.
        Path old = Files.createDirectories(tmp.resolve(".site.old-dead"));
        Files.writeString(old.resolve(OutputMarker.NAME), "Built by Quod");
        Files.createDirectories(old.resolve(".git"));
        Files.writeString(old.resolve(".git/HEAD"), "gh-pages");
        Files.writeString(old.resolve(OutputTree.CARRY_LIST), ".git\n");
        // Look-alikes without Quod's marker are not Quod's.
        Path foreign = Files.createDirectories(tmp.resolve(".site.old-mine"));
        Files.writeString(foreign.resolve("keep.txt"), "mine");

        assertThat(build(site).succeeded()).isTrue();

        assertThat(siblings()).containsExactly(".site.building-alive", ".site.old-mine", "project", "site");
        assertThat(Files.readString(site.resolve(".git/HEAD"))).isEqualTo("gh-pages");
        assertThat(Files.readString(foreign.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void anOldSiteLeftWhenNoSiteTookItsPlaceIsPutBack() throws IOException {
        Path site = tmp.resolve("site");
        assertThat(build(site).succeeded()).isTrue();
        Files.move(site, tmp.resolve(".site.old-killed"));
        Files.writeString(content.resolve("broken.md"), "no front matter\n");

        BuildResult failed = build(site);

        assertThat(failed.succeeded()).isFalse();
        assertThat(site.resolve("index.html")).exists();
        assertThat(siblings()).containsExactly("project", "site");
    }

    @Test
    void theSiteGetsTheUsersUmaskNotAPrivateFolder() throws IOException {
        Path site = tmp.resolve("site");
        assertThat(build(site).succeeded()).isTrue();
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(site)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    }

    @Test
    void aLinkedOutputFolderIsReplacedBehindTheLinkWhichStays() throws IOException {
        Path www = Files.createDirectories(tmp.resolve("www"));
        Path link = Files.createSymbolicLink(tmp.resolve("site"), www);
        assertThat(build(link).succeeded()).isTrue();
        assertThat(build(link).succeeded()).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(www);
        assertThat(www.resolve("index.html")).exists();
        assertThat(siblings()).containsExactly("project", "site", "www");
    }

    private List<String> siblings() throws IOException {
        try (var list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
