package quod.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import quod.site.BuildOptions;

/**
 * A project folder for serve tests: a copy of a fixture site's content, the project's templates, a cache
 * folder, and a {@code site/} the user built before (which serving must leave alone).
 */
final class Project {
    final Path root;
    final Path content;
    final Path templates;
    final Path site;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    Project(Path root, String fixture) throws IOException {
        this.root = root;
        this.content = root.resolve("content");
        this.templates = root.resolve("templates");
        this.site = root.resolve("site");
        copyTree(Path.of("src/test/resources/sites").resolve(fixture).resolve("content"), content);
        copyTree(Path.of("templates"), templates);
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<p>the site the user built</p>\n");
        Files.writeString(site.resolve(".quod-site"), "built by Quod\n");
    }

    /** Starts serving on a port the system chooses, on 127.0.0.1; the first build is done when it returns. */
    DevServer serve() throws IOException, InterruptedException {
        return serve(templates);
    }

    /** Serves with {@code templatesOrNull} as the site's templates folder; null: the bundled theme alone. */
    DevServer serve(Path templatesOrNull) throws IOException, InterruptedException {
        BuildOptions options = new BuildOptions(content, templatesOrNull, null, null, BuildOptions.MathMode.SERVER,
                root.resolve(".quod-cache"), false);
        return DevServer.start(options, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false,
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Writes {@code text} to a file of the content folder, as an editor's save does. */
    void write(String relative, String text) throws IOException {
        Files.writeString(content.resolve(relative), text);
    }

    String read(String relative) throws IOException {
        return Files.readString(content.resolve(relative));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest);
            }
        }
    }
}
