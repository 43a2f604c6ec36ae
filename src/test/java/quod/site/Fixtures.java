package quod.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Whole-site fixtures under {@code src/test/resources/sites*}, built with the project's templates. */
final class Fixtures {
    static final Path PROJECT_TEMPLATES = Path.of("templates");

    private Fixtures() {
    }

    /** Options that build fixture {@code dir} into {@code out}, caching in {@code cache} (null: none). */
    static BuildOptions options(Path dir, Path out, Path cache) {
        Path templates = Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : PROJECT_TEMPLATES;
        return new BuildOptions(dir.resolve("content"), templates, out, null, BuildOptions.MathMode.SERVER, cache, false);
    }

    /** A fixture built into a folder of a test's: the site's folder and the build's result. */
    record Built(Path root, BuildResult result) {
        /** A page of the site, parsed. */
        org.jsoup.nodes.Document page(String path) throws IOException {
            return org.jsoup.Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
        }
    }

    /** Builds fixture {@code dir} into {@code tmp/site}, with a cache in {@code tmp/cache} when {@code cached}. */
    static Built build(Path dir, Path tmp, boolean cached) {
        Path site = tmp.resolve("site");
        return new Built(site, new SiteBuild(options(dir, site, cached ? tmp.resolve("cache") : null)).run());
    }

    /** Every file of a tree, by relative path, with its bytes. */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** Copies every file of a folder tree to {@code to}. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest);
            }
        }
    }
}
