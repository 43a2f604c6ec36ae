package quod.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves built sites to the browser tests as a plain static host (GitHub Pages) would: a folder's URL
 * serves its index.html, a missing file the site's 404.html with status 404. No reload script, unlike
 * {@code quod serve}, so pages are tested as published.
 */
final class StaticSites {
    private StaticSites() {
    }

    /**
     * A started server on this machine's loopback address and a free port, serving each site folder under
     * its URL path prefix (each ending in '/'); stop it with {@code stop(0)}.
     */
    static HttpServer start(Map<String, Path> sites) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sites.forEach((prefix, root) -> mount(server, prefix, root));
        server.start();
        return server;
    }

    /** Where {@code server} answers: {@code http://127.0.0.1:PORT}, without a trailing slash. */
    static String origin(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
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
