package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.edition.Edition;

/**
 * A build whose inputs are those of the last build into the same folder, while that folder holds what the last
 * build wrote and no release date passed in between, writes nothing and says it is up to date; anything else
 * builds in full.
 */
class UpToDateTest {
    @TempDir
    Path tmp;
    private Path project;
    private Path out;
    private Path cache;

    @BeforeEach
    void site() throws IOException {
        project = tmp.resolve("project");
        out = tmp.resolve("site");
        cache = tmp.resolve("cache");
        write("content/index.md", "---\ntitle: Home\n---\n\nSee [the page](a.md).\n");
        write("content/a.md", "---\ntitle: A\nrelease: 2026-12-05T17:00:00Z\n---\n\n$x^2$ and [a broken link](gone.md).\n\n"
                + "::: problem\nWhat is $x$?\n:::\n\n::: solution\nIt is 2. SECRETANSWER\n:::\n\n```compute\nx = 2\ncheck x == 2\n```\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private BuildResult build(String now) {
        BuildOptions options = Fixtures.options(project, out, cache).withEdition(Edition.STUDENT, Instant.parse(now));
        return new SiteBuild(options).run();
    }

    @Test
    void aSecondBuildOfTheSameInputsWritesNothingAndRepeatsTheSummaryAndWarnings() throws IOException {
        BuildResult first = build("2026-12-01T00:00:00Z");
        assertThat(first.status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(first.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("gone.md"));
        Map<String, byte[]> before = Fixtures.tree(out);
        FileTime written = Files.getLastModifiedTime(out.resolve("a/index.html"));

        BuildResult second = build("2026-12-02T00:00:00Z");
        assertThat(second.status()).isEqualTo(BuildResult.Status.UP_TO_DATE);
        assertThat(second.succeeded()).isTrue();
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(List(second)).containsExactly(first.pages(), first.formulas(), first.checksPassed());
        assertThat(second.summary("site")).startsWith("Up to date: 2 pages, 2 formulas, 1 check passed; nothing changed");
        assertThat(Fixtures.tree(out)).containsOnlyKeys(before.keySet());
        assertThat(Files.getLastModifiedTime(out.resolve("a/index.html"))).isEqualTo(written);
    }

    private static java.util.List<Integer> List(BuildResult r) {
        return java.util.List.of(r.pages(), r.formulas(), r.checksPassed());
    }

    @Test
    void anEditedContentFileBuildsAgain() throws IOException {
        build("2026-12-01T00:00:00Z");
        write("content/index.md", "---\ntitle: Home\n---\n\nSee [the page](a.md). Edited.\n");
        BuildResult again = build("2026-12-01T00:00:00Z");
        assertThat(again.status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(Files.readString(out.resolve("index.html"))).contains("Edited.");
        write("content/images/new.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(build("2026-12-01T00:00:00Z").status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(out.resolve("images/new.svg")).exists();
    }

    @Test
    void aReleaseDatePassingBetweenBuildsBuildsAgainAndPublishesTheSolution() throws IOException {
        build("2026-12-01T00:00:00Z");
        assertThat(Files.readString(out.resolve("a/index.html"))).doesNotContain("SECRETANSWER");
        assertThat(build("2026-12-05T16:59:59Z").status()).isEqualTo(BuildResult.Status.UP_TO_DATE);
        BuildResult after = build("2026-12-05T17:00:00Z");
        assertThat(after.status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(Files.readString(out.resolve("a/index.html"))).contains("SECRETANSWER");
        assertThat(build("2027-01-01T00:00:00Z").status()).isEqualTo(BuildResult.Status.UP_TO_DATE);
        // and back before the date (a --now in the past) is another site again
        assertThat(build("2026-12-04T00:00:00Z").status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(Files.readString(out.resolve("a/index.html"))).doesNotContain("SECRETANSWER");
    }

    @Test
    void anOutputFileChangedOrRemovedSinceTheLastBuildIsWrittenAgain() throws IOException {
        build("2026-12-01T00:00:00Z");
        String page = Files.readString(out.resolve("a/index.html"));
        Files.writeString(out.resolve("a/index.html"), "edited by hand");
        assertThat(build("2026-12-01T00:00:00Z").status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(Files.readString(out.resolve("a/index.html"))).isEqualTo(page);
        Files.delete(out.resolve("404.html"));
        assertThat(build("2026-12-01T00:00:00Z").status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(out.resolve("404.html")).exists();
        Files.writeString(out.resolve("stray.txt"), "a file the build did not write");
        assertThat(build("2026-12-01T00:00:00Z").status()).isEqualTo(BuildResult.Status.BUILT);
    }

    @Test
    void otherOptionsOrTemplatesOrAFailedBuildInBetweenBuildAgain() throws IOException {
        build("2026-12-01T00:00:00Z");
        BuildOptions staff = Fixtures.options(project, out, cache).withEdition(Edition.STAFF, Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(new SiteBuild(staff).run().status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(Files.readString(out.resolve("a/index.html"))).contains("SECRETANSWER");
        assertThat(new SiteBuild(staff).run().status()).isEqualTo(BuildResult.Status.UP_TO_DATE);

        Path templates = project.resolve("templates");
        Fixtures.copyTree(Fixtures.PROJECT_TEMPLATES, templates);
        BuildOptions own = new BuildOptions(project.resolve("content"), templates, out, null, BuildOptions.MathMode.SERVER,
                cache, false).withEdition(Edition.STAFF, Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(new SiteBuild(own).run().status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(new SiteBuild(own).run().status()).isEqualTo(BuildResult.Status.UP_TO_DATE);
        Files.writeString(templates.resolve("404.ftlh"), Files.readString(templates.resolve("404.ftlh")) + "<!-- edited -->");
        assertThat(new SiteBuild(own).run().status()).isEqualTo(BuildResult.Status.BUILT);

        String good = Files.readString(project.resolve("content/a.md"));
        write("content/a.md", good.replace("check x == 2", "check x == 3"));
        assertThat(new SiteBuild(own).run().status()).isEqualTo(BuildResult.Status.FAILED);
        write("content/a.md", good);
        assertThat(new SiteBuild(own).run().status()).isEqualTo(BuildResult.Status.BUILT);
    }

    @Test
    void withoutACacheFolderOrWithChecksReportedEveryBuildIsFull() {
        BuildOptions none = new BuildOptions(project.resolve("content"), Fixtures.PROJECT_TEMPLATES, out, null,
                BuildOptions.MathMode.SERVER, null, false);
        assertThat(new SiteBuild(none).run().status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(new SiteBuild(none).run().status()).isEqualTo(BuildResult.Status.BUILT);
        BuildOptions audit = new BuildOptions(project.resolve("content"), Fixtures.PROJECT_TEMPLATES, out, null,
                BuildOptions.MathMode.SERVER, cache, false, true);
        assertThat(new SiteBuild(audit).run().status()).isEqualTo(BuildResult.Status.BUILT);
        BuildResult again = new SiteBuild(audit).run();
        assertThat(again.status()).isEqualTo(BuildResult.Status.BUILT);
        assertThat(again.checks()).hasSize(1);
    }
}
