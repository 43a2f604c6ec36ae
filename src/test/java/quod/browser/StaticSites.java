package quod.browser;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves built sites to the browser tests as a plain static host (GitHub Pages) would: a folder's URL
 * serves its index.html, a missing file the site's 404.html with status 404. No reload script, unlike
 * {@code quod serve}, so pages are tested as published.
 */
final class StaticSites {
    private StaticSites() {
    }

    /** Serves the site folder {@code root} under the URL path {@code prefix} (ending in '/'). */
    static void mount(HttpServer server, String prefix, Path root) {
        server.createContext(prefix, exchange -> {
            String rest = exchange.getRequestURI().getPath().substring(prefix.length());
            Path file = root.resolve(rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest).normalize();
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".woff2") ? "font/woff2" : "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
