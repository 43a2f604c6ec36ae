package quod.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import quod.BundledFiles;

/**
 * The theme a site is built with: the bundled theme (the repository's {@code templates/}, copied into the
 * jar at build time), where each file the site's own templates folder has takes the place of the bundled
 * file of that name, as in Hugo's and Zola's lookup order. A site with only {@code templates/page.ftlh}
 * gets its own page template and the bundled layout, index, 404 and print templates and assets.
 *
 * @param folder  the site's templates folder, or null for the bundled theme alone
 * @param display how messages name that folder, e.g. {@code templates}
 */
public record Theme(Path folder, String display) {
    /** How messages name a file of the bundled theme: {@code (bundled theme)/layout.ftlh}. */
    public static final String BUNDLED_DISPLAY = "(bundled theme)";
    /** Where the bundled theme is in the jar, for Freemarker's class-path loader. */
    static final String BUNDLED_PATH = "/quod/theme";

    /** The bundled theme with nothing overridden. */
    public static Theme bundled() {
        return new Theme(null, BUNDLED_DISPLAY);
    }

    /** How messages name the file {@code name} of the theme: the site's copy if it has one, else the bundled one. */
    public String shown(String name) {
        return (overrides(name) ? display : BUNDLED_DISPLAY) + "/" + name;
    }

    /** The text of the file {@code name}, from wherever {@link #shown} says it comes from. */
    String read(String name) throws IOException {
        if (overrides(name)) {
            return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
        }
        try (InputStream in = bundledFiles().open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The bundled theme's assets, relative to its {@code assets/} folder, sorted. */
    public List<String> bundledAssets() throws IOException {
        return bundledFiles().list().stream().filter(n -> n.startsWith("assets/")).map(n -> n.substring("assets/".length()))
                .toList();
    }

    /** Opens the bundled asset {@code name}, one of {@link #bundledAssets()}. */
    public InputStream openBundledAsset(String name) throws IOException {
        return bundledFiles().open("assets/" + name);
    }

    /**
     * What changes when any file of the site's templates folder changes (each file's path, size and time of
     * change), so that {@code quod serve} knows when files made by the templates must be made again. The
     * bundled theme does not change while Quod runs.
     */
    public List<String> stamp() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<String> stamp = new ArrayList<>();
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                stamp.add(folder.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
            return stamp;
        }
    }

    private static BundledFiles bundledFiles() {
        return BundledFiles.ofQuod(BUNDLED_PATH.substring(1));
    }

    private boolean overrides(String name) {
        return folder != null && Files.isRegularFile(folder.resolve(name));
    }
}
