package quod.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers requests with the files of the last good build, and only those: a path that is not one a site
 * can have is refused (400), a file outside the site's folder is never read, whatever links lie on the way
 * (404), a folder's URL serves its {@code index.html} (and without its slash is redirected to it, so the
 * page's relative links resolve), and a missing file gets the site's {@code 404.html} with status 404.
 * HTML is sent with {@link ReloadScript} added. GET and HEAD only.
 */
final class SiteFiles implements HttpHandler {
    private static final String NOT_BUILT = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>quod serve</title></head>
            <body><p>quod serve: the site has not built yet. The errors are in the terminal, and over this page.</p></body></html>
            """;

    /** A built site: its folder (a real path) and the number of the build that made it. */
    record Site(Path root, int build) { }

    private final Supplier<Site> current;

    /** @param current the site to serve now, or null before the first good build */
    SiteFiles(Supplier<Site> current) {
        this.current = current;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Responses.plain(exchange, 405, "405 method not allowed: this server only serves files (GET, HEAD)\n");
            return;
        }
        Site site = current.get();
        if (site == null) {
            Responses.send(exchange, 503, ContentTypes.of("x.html"),
                    ReloadScript.inject(NOT_BUILT.getBytes(StandardCharsets.UTF_8), 0, null));
            return;
        }
        String raw = exchange.getRequestURI().getRawPath();
        Optional<RequestPath> path = RequestPath.parse(raw);
        if (path.isEmpty()) {
            Responses.plain(exchange, 400, "400 bad request: not a path of this site\n");
            return;
        }
        Optional<Path> found = inside(site.root(), site.root().resolve(path.get().relative()));
        if (found.isPresent() && Files.isDirectory(found.get())) {
            if (!path.get().folder()) {
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location", raw + "/" + (query != null ? "?" + query : ""));
                Responses.plain(exchange, 301, "moved to " + raw + "/\n");
                return;
            }
            found = inside(site.root(), found.get().resolve("index.html"));
        } else if (path.get().folder()) {
            found = Optional.empty();  // 'page.html/' names no folder
        }
        if (found.isPresent() && Files.isRegularFile(found.get())) {
            file(exchange, 200, found.get(), site.build(),
                    site.root().relativize(found.get()).toString().replace('\\', '/'));
            return;
        }
        Optional<Path> notFound = inside(site.root(), site.root().resolve("404.html"));
        if (notFound.isPresent() && Files.isRegularFile(notFound.get())) {
            file(exchange, 404, notFound.get(), site.build(), null);
        } else {
            Responses.plain(exchange, 404, "404 not found\n");
        }
    }

    /** @param name the file's path in the site, or null when it stands for another (the 404 page) */
    private static void file(HttpExchange exchange, int status, Path file, int build, String name) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        Responses.send(exchange, status, type, ContentTypes.isHtml(type) ? ReloadScript.inject(body, build, name) : body);
    }

    /** The real path of {@code p} when it exists and, links resolved, is inside {@code root}. */
    private static Optional<Path> inside(Path root, Path p) {
        try {
            Path real = p.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
