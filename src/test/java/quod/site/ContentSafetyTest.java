package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostic;

/**
 * What a content folder may publish: every output path has one source, nothing from outside the
 * folder is published through a link, and dotfiles follow one documented rule. The sites are made in a
 * temporary folder because some cases (names differing only in case, links, pipes) cannot be checked
 * into a repository that is also cloned on case-insensitive file systems.
 */
class ContentSafetyTest {
    @TempDir
    Path tmp;

    private Path content() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("site.yml"), "title: T\n");
        return content;
    }

    private static void page(Path content, String name) throws IOException {
        Files.createDirectories(content.resolve(name).getParent());
        Files.writeString(content.resolve(name), "---\ntitle: " + name + "\n---\n\nText.\n");
    }

    private static void file(Path content, String name, String text) throws IOException {
        Files.createDirectories(content.resolve(name).getParent());
        Files.writeString(content.resolve(name), text);
    }

    private BuildResult build(Path content) {
        return new SiteBuild(new BuildOptions(content, Fixtures.PROJECT_TEMPLATES, tmp.resolve("site"), null,
                BuildOptions.MathMode.CLIENT, null, false)).run();
    }

    private List<String> errors(BuildResult result) {
        String prefix = tmp.resolve("content").toString() + "/";
        return result.diagnostics().stream().map(Diagnostic::headline).map(h -> h.replace(prefix, "content/")).toList();
    }

    @Test
    void twoSourcesForOneOutputPathAreAnErrorNamingBoth() throws IOException {
        Path content = content();
        page(content, "a.md");
        page(content, "a/index.md");
        page(content, "Notes.md");
        page(content, "notes.md");
        file(content, "img/Dot.svg", "<svg/>");
        file(content, "img/dot.svg", "<svg/>");
        BuildResult result = build(content);
        assertThat(result.succeeded()).isFalse();
        assertThat(errors(result)).containsExactly(
                "content/a/index.md: would become a/index.html in the site, as content/a.md does; rename or remove one of them",
                "content/img/dot.svg: would become img/dot.svg in the site, which differs only in case from img/Dot.svg from "
                        + "content/img/Dot.svg; sites are also checked out and served on case-insensitive file systems, so rename one of them",
                "content/notes.md: would become notes/index.html in the site, which differs only in case from Notes/index.html "
                        + "from content/Notes.md; sites are also checked out and served on case-insensitive file systems, so rename one of them");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void aSourceCannotOverwriteWhatQuodGeneratesOrNeedAFolderWhereAFileIs() throws IOException {
        Path content = content();
        page(content, "print.md");
        file(content, "404.html", "mine");
        file(content, "assets/quod.css", "body{}");
        file(content, ".nojekyll", "");
        file(content, "SiteMap.xml", "<urlset/>");
        file(content, "index.html", "<p>hand-made home</p>");
        page(content, "ch1.md");
        file(content, "ch1", "a file named like a page's folder");
        BuildResult result = build(content);
        assertThat(errors(result)).containsExactly(
                "content/.nojekyll: would become .nojekyll in the site, which is the GitHub Pages switch that Quod writes itself; rename or remove this file",
                "content/404.html: would become 404.html in the site, which is the 404 page that Quod writes itself; rename or remove this file",
                "content/SiteMap.xml: would become SiteMap.xml in the site, which is the sitemap that Quod writes itself; rename or remove this file",
                "content/assets/quod.css: would become assets/quod.css in the site, which is the theme's and KaTeX's assets folder that Quod writes itself; rename or remove this file",
                "content/ch1: would become the file ch1 in the site, where content/ch1.md needs a folder; rename one of them",
                "content/index.html: would become index.html in the site, as the home page Quod generates (there is no index.md) does; rename or remove one of them",
                "content/print.md: would become print/index.html in the site, which is the print page's folder that Quod writes itself; rename or remove this file");
    }

    @Test
    void aLinkToAFileOrFolderOutsideTheContentFolderIsAnErrorAndNothingIsPublished() throws IOException {
        Path content = content();
        page(content, "index.md");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "host secrets");
        Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(tmp.resolve("outside/key.pem"), "private key");
        Files.createSymbolicLink(content.resolve("h.txt"), secret);
        Files.createSymbolicLink(content.resolve("etc"), tmp.resolve("outside"));
        Files.createSymbolicLink(content.resolve("gone.png"), tmp.resolve("nothing.png"));
        BuildResult result = build(content);
        assertThat(result.succeeded()).isFalse();
        String real = tmp.toRealPath().toString();
        assertThat(errors(result)).containsExactly(
                "content/etc: is a symbolic link to a folder outside the content folder (" + real + "/outside); Quod never "
                        + "publishes files from outside it: copy what the site needs into the content folder",
                "content/gone.png: is a broken symbolic link (to " + tmp.resolve("nothing.png") + "); remove it or point it "
                        + "at a file inside the content folder",
                "content/h.txt: is a symbolic link to a file outside the content folder (" + real + "/secret.txt); Quod never "
                        + "publishes files from outside it: copy the file into the content folder instead");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void linksInsideTheContentFolderArePublishedUnderTheLinksName() throws IOException {
        Path content = content();
        page(content, "index.md");
        file(content, "shared/figure.svg", "<svg/>");
        Files.createSymbolicLink(content.resolve("figures"), content.resolve("shared"));
        Files.createSymbolicLink(content.resolve("logo.svg"), content.resolve("shared/figure.svg"));
        BuildResult result = build(content);
        assertThat(result.diagnostics()).isEmpty();
        Path site = tmp.resolve("site");
        assertThat(site.resolve("figures/figure.svg")).hasContent("<svg/>");
        assertThat(site.resolve("logo.svg")).hasContent("<svg/>");
        assertThat(Files.isSymbolicLink(site.resolve("logo.svg"))).isFalse();
    }

    @Test
    void aLinkLoopIsAnError() throws IOException {
        Path content = content();
        page(content, "index.md");
        Files.createDirectories(content.resolve("a"));
        Files.createSymbolicLink(content.resolve("a/again"), content.resolve("a"));
        assertThat(errors(build(content))).containsExactly("content/a/again: is a symbolic link that leads back into "
                + "a folder that contains it (a loop); remove the link");
    }

    @Test
    void aPipeInTheContentFolderIsAnErrorNotAHang() throws IOException, InterruptedException {
        Path content = content();
        page(content, "index.md");
        assertThat(new ProcessBuilder("mkfifo", content.resolve("pipe").toString()).start().waitFor()).isZero();
        assertThat(errors(build(content))).containsExactly("content/pipe: is not a regular file (a pipe, socket or device); "
                + "remove it from the content folder");
    }

    @Test
    void dotfilesArePublishedButVersionControlEditorAndSystemLitterIsNot() throws IOException {
        Path content = content();
        page(content, "index.md");
        Map<String, Boolean> files = Map.ofEntries(
                Map.entry(".well-known/security.txt", true), Map.entry(".htaccess", true),
                Map.entry("notes/.keep-me", true), Map.entry("CNAME", true),
                Map.entry(".git/HEAD", false), Map.entry(".gitignore", false), Map.entry(".github/workflows/x.yml", false),
                Map.entry(".svn/entries", false), Map.entry(".hg/store", false), Map.entry(".DS_Store", false),
                Map.entry("img/Thumbs.db", false), Map.entry("img/._photo.png", false), Map.entry("draft.txt~", false),
                Map.entry(".index.md.swp", false), Map.entry(".#index.md", false), Map.entry("#index.md#", false),
                Map.entry(".idea/workspace.xml", false), Map.entry(".vscode/settings.json", false));
        for (String name : files.keySet()) {
            file(content, name, "x");
        }
        assertThat(build(content).diagnostics()).isEmpty();
        Map<String, byte[]> site = Fixtures.tree(tmp.resolve("site"));
        files.forEach((name, published) -> assertThat(site.containsKey(name)).as(name).isEqualTo(published));
    }
}
