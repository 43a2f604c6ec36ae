package quod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundled files are listed and read the same from a jar (as users run Quod) and from a classes folder (as tests do). */
class BundledFilesTest {
    @TempDir
    Path tmp;

    private static String read(BundledFiles files, String name) throws IOException {
        try (InputStream in = files.open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFolderInAJarListsItsFilesOnlySortedAndOpensThem() throws IOException {
        Path jar = tmp.resolve("quod.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"quod/theme/", "quod/theme/page.ftlh", "quod/theme/assets/",
                    "quod/theme/assets/quod.css", "quod/themes/other.ftlh", "quod/Other.class"}) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write(("text of " + name).getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        BundledFiles theme = new BundledFiles(jar, "quod/theme");

        assertThat(theme.list()).containsExactly("assets/quod.css", "page.ftlh");
        assertThat(read(theme, "assets/quod.css")).isEqualTo("text of quod/theme/assets/quod.css");
        assertThatThrownBy(() -> theme.open("missing.ftlh")).isInstanceOf(IOException.class)
                .hasMessage("quod.jar has no quod/theme/missing.ftlh");
    }

    @Test
    void aFolderInAClassesFolderListsTheSameWay() throws IOException {
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes.resolve("quod/theme/assets"));
        Files.writeString(classes.resolve("quod/theme/page.ftlh"), "page");
        Files.writeString(classes.resolve("quod/theme/assets/quod.css"), "css");
        Files.createDirectories(classes.resolve("quod/themes"));
        Files.writeString(classes.resolve("quod/themes/other.ftlh"), "other");
        BundledFiles theme = new BundledFiles(classes, "quod/theme");

        assertThat(theme.list()).containsExactly("assets/quod.css", "page.ftlh");
        assertThat(read(theme, "page.ftlh")).isEqualTo("page");
    }

    @Test
    void quodsOwnBundledThemeIsTheRepositoryTemplatesFolder() throws IOException {
        BundledFiles theme = BundledFiles.ofQuod("quod/theme");
        java.util.List<String> repository;
        try (var walk = Files.walk(Path.of("templates"))) {
            repository = walk.filter(Files::isRegularFile)
                    .map(p -> Path.of("templates").relativize(p).toString().replace('\\', '/')).sorted().toList();
        }

        assertThat(theme.list()).isEqualTo(repository);
        for (String name : repository) {
            try (InputStream in = theme.open(name)) {
                assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(Path.of("templates", name)));
            }
        }
    }
}
