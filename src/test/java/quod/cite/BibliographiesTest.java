package quod.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.config.Citing;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;

/** How the citation stage finds a page's works and style: which files, which entries win, which messages. */
class BibliographiesTest {
    @TempDir
    Path root;

    private static Citing.Setting at(String value, String file, int line) {
        return new Citing.Setting(value, file, line, 1, "");
    }

    private static List<String> headlines(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::headline).toList();
    }

    private static String entry(String key, String title) {
        return "@book{" + key + ",\n  author = {Doe, Jane},\n  title = {" + title + "},\n  year = {2020}\n}\n";
    }

    @Test
    void aPagesOwnFileIsRelativeToThePageAndItsEntriesReplaceTheSitesOfTheSameKey() throws IOException {
        Files.writeString(root.resolve("site.bib"), entry("doe2020", "Site Title") + entry("other", "Other"));
        Files.createDirectories(root.resolve("notes"));
        Files.writeString(root.resolve("notes/own.bib"), entry("doe2020", "Page Title"));
        Diagnostics d = new Diagnostics();
        Bibliographies all = new Bibliographies(root, "content", new Citing(List.of(at("site.bib", "site.yml", 1)), null), d);

        Bibliography page = all.forPage("notes/p.md", new Citing(List.of(at("own.bib", "notes/p.md", 3)), null));
        References refs = page.format(List.of(new Cluster(List.of(new Cite("doe2020", "", "", "", "", false)), false)));

        assertThat(headlines(d)).isEmpty();
        assertThat(page.keys()).containsExactly("doe2020", "other");
        assertThat(refs.entries()).singleElement().asString().contains("Page Title").doesNotContain("Site Title");
        assertThat(all.forPage("q.md", Citing.NONE).keys()).containsExactly("doe2020", "other");
    }

    @Test
    void aStyleFromACslFileBesideThePageIsUsed() throws IOException {
        Files.writeString(root.resolve("refs.bib"), entry("doe2020", "A Book"));
        try (InputStream ieee = getClass().getResourceAsStream("/ieee.csl")) {
            Files.write(root.resolve("mine.csl"), ieee.readAllBytes());
        }
        Diagnostics d = new Diagnostics();
        Bibliography page = new Bibliographies(root, "content", Citing.NONE, d)
                .forPage("p.md", new Citing(List.of(at("refs.bib", "p.md", 3)), at("mine.csl", "p.md", 4)));
        References refs = page.format(List.of(new Cluster(List.of(new Cite("doe2020", "", "", "", "", false)), false)));

        assertThat(headlines(d)).isEmpty();
        assertThat(refs.citations()).containsExactly("<a class=\"citation\" href=\"#ref-doe2020\">[1]</a>");
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorAtTheFileAndIsReportedOnceForAllPages() throws IOException {
        Files.write(root.resolve("latin1.bib"), new byte[] {'@', 'm', 'i', 's', 'c', '{', 'k', ',', ' ', 't', 'i', 't', 'l', 'e',
                '=', '{', (byte) 0xE9, '}', '}'});
        Diagnostics d = new Diagnostics();
        Bibliographies all = new Bibliographies(root, "content", new Citing(List.of(at("latin1.bib", "site.yml", 2)), null), d);

        assertThat(all.forPage("a.md", Citing.NONE).complete()).isFalse();
        all.forPage("b.md", Citing.NONE);

        assertThat(headlines(d)).containsExactly("content/latin1.bib: is not UTF-8 text; save the .bib file as UTF-8");
    }

    @Test
    void aCharacterJbibtexCannotReadIsAnErrorAtItsLineAndColumn() throws IOException {
        Files.writeString(root.resolve("bad.bib"), entry("ok", "Fine") + "\n@book{x, title = {T}, year = 2020 # }\n");
        Diagnostics d = new Diagnostics();
        new Bibliographies(root, "content", new Citing(List.of(at("bad.bib", "site.yml", 2)), null), d).forPage("a.md", Citing.NONE);

        assertThat(headlines(d)).singleElement().asString().startsWith("content/bad.bib:7:");
    }
}
