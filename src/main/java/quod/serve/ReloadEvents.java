package quod.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live-reload stream ({@code text/event-stream}, Server-Sent Events): every open page listens, and
 * after each build is told {@code reload} or, when the build failed, {@code errors} with the diagnostics as
 * Quod prints them; {@code reload} names the files that changed, and only the pages showing one of them
 * reload. A page that connects is first told {@code hello} with the number of the build it
 * should be showing (so a page fetched just before a build finished reloads too) and, while the last
 * build failed, its errors.
 *
 * <p>Each connection is served by its own thread of the server, which writes what the builds queue for
 * it; a comment line every {@link #HEARTBEAT_SECONDS} finds connections the browser closed.
 */
final class ReloadEvents {
    static final int HEARTBEAT_SECONDS = 15;
    /** In a reload event's files: every page reloads. */
    static final String EVERY_PAGE = "*";
    /** Open pages at once; more are refused so that connections cannot use up the server's threads. */
    static final int MAX_CLIENTS = 64;
    /** Wakes a connection's thread so that it sees the server is stopping. */
    private static final String WAKE = "";

    /** What a page is told when it connects. */
    private record State(int build, String errors) { }

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile State state = new State(0, null);
    private volatile boolean closed;

    /** Serves one page's connection until the page goes away or the server stops. */
    void handle(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        if (closed || clients.size() >= MAX_CLIENTS) {
            Responses.plain(exchange, 503, "too many open pages, or the server is stopping\n");
            return;
        }
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            State now = state;
            // retry: how soon a page reconnects after a restart of quod serve
            send(out, "retry: 500\n\n" + event("hello", Integer.toString(now.build()))
                    + (now.errors() != null ? event("errors", now.errors()) : ""));
            while (!closed) {
                String next = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (closed) {
                    break;
                }
                send(out, next != null ? next : ": still here\n\n");
            }
        } catch (IOException e) {
            // the page was closed or reloaded: nothing to tell anyone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    /**
     * Build {@code build} has served {@code files} (paths in the site, or {@link #EVERY_PAGE}): the pages showing
     * one of them reload. The event's first line is the build, each further line a file.
     */
    void built(int build, List<String> files) {
        state = new State(build, null);
        broadcast(event("reload", build + (files.isEmpty() ? "" : "\n" + String.join("\n", files))));
    }

    /** A build failed; the site of build {@code lastGood} is still served. */
    void failed(int lastGood, String errors) {
        state = new State(lastGood, errors);
        broadcast(event("errors", errors));
    }

    /** Pages connected now. */
    int clients() {
        return clients.size();
    }

    void close() {
        closed = true;
        clients.forEach(q -> q.offer(WAKE));
    }

    private void broadcast(String message) {
        clients.forEach(q -> q.offer(message));
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One event; each line of {@code data} its own {@code data:} line, which the browser joins with newlines. */
    static String event(String name, String data) {
        StringBuilder s = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            s.append("data: ").append(line).append('\n');
        }
        return s.append('\n').toString();
    }
}
