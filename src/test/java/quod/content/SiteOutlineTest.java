package quod.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostics;

/** Which folders are sections, and the order a reader walks the site in. */
class SiteOutlineTest {
    @TempDir
    Path content;

    private void write(String path, String front) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + path + "\n" + front + "---\nText.\n", StandardCharsets.UTF_8);
    }

    private SiteOutline outline() {
        Diagnostics diagnostics = new Diagnostics();
        SiteOutline outline = SiteOutline.of(new ContentLoader(content, "content").load(diagnostics).pages());
        assertThat(diagnostics.sorted()).isEmpty();
        return outline;
    }

    @Test
    void aSectionFollowsItsIndexPageWithItsPagesAndTakesItsPlaceByTheIndexPagesOrder() throws IOException {
        write("index.md", "");
        write("syllabus.md", "order: 0\n");
        write("hw2/index.md", "order: 2\n");
        write("hw2/b.md", "order: 2\n");
        write("hw2/a.md", "order: 1\n");
        write("hw2/extra/deep.md", "");
        write("hw1/index.md", "order: 1\n");
        write("hw1/only.md", "");
        write("zz-last.md", "");

        SiteOutline outline = outline();
        assertThat(outline.pages()).extracting(Page::slug).containsExactly("", "syllabus", "hw1", "hw1/only",
                "hw2", "hw2/a", "hw2/b", "hw2/extra/deep", "zz-last");
        assertThat(outline.sections()).extracting(SiteOutline.Section::slug).containsExactly("hw1", "hw2");
        assertThat(outline.sectionOf("hw2/extra/deep").slug()).isEqualTo("hw2");
        assertThat(outline.sectionOf("hw2").index().slug()).isEqualTo("hw2");
        assertThat(outline.sectionOf("syllabus")).isNull();
        assertThat(outline.sectionOf("")).isNull();
    }

    @Test
    void aFolderWithoutAnIndexPageOrWithAnIndexPageAloneIsNoSection() throws IOException {
        write("notes/a.md", "");
        write("notes/b.md", "");
        write("bundle/index.md", "");
        Files.writeString(content.resolve("bundle/figure.svg"), "<svg/>");

        SiteOutline outline = outline();
        assertThat(outline.sections()).isEmpty();
        assertThat(outline.pages()).extracting(Page::slug).containsExactly("bundle", "notes/a", "notes/b");
        assertThat(List.of("notes/a", "bundle")).allSatisfy(slug -> assertThat(outline.sectionOf(slug)).isNull());
    }
}
