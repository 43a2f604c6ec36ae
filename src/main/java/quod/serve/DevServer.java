package quod.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import quod.content.ContentLoader;
import quod.diagnostics.Diagnostic;
import quod.math.KatexJavetEngine;
import quod.math.WarmEngine;
import quod.site.BuildMemo;
import quod.site.BuildOptions;
import quod.site.BuildResult;
import quod.site.Folders;
import quod.search.SearchIndex;
import quod.site.Published;
import quod.site.SiteBuild;

/**
 * {@code quod serve}: builds the site into a private folder, serves it over HTTP, and rebuilds it whenever
 * the content or templates change, telling open pages to reload (or showing them the errors).
 *
 * <p>The user's {@code site/} is never touched: the site is built into a folder inside a temporary folder
 * (removed on {@link #close()}). Each build is a {@link SiteBuild} that takes from the build before
 * ({@link BuildMemo}) every page whose inputs did not change, and writes only the files that changed; a
 * failed build writes nothing, so the last good site stays served. The math engine stays started
 * ({@link WarmEngine}); builds run one at a time on one thread, the one V8 is used from.
 */
public final class DevServer implements AutoCloseable {
    /**
     * How long the folders must be quiet after a change before a build starts: one build per editor save. An
     * editor's save (write a temporary file, rename it; or truncate and write) takes a few milliseconds;
     * every millisecond here is one more before the page reloads (Eleventy waits 0 ms by default).
     */
    static final Duration QUIET = Duration.ofMillis(40);
    /** Longest wait for quiet, so that a tool that writes without pause still gets builds. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final BuildOptions options;
    private final Path scratch;
    private final HttpServer http;
    private final ExecutorService requests;
    private final ReloadEvents events = new ReloadEvents();
    private final SourceWatcher watcher;
    private final WarmEngine engine = new WarmEngine(KatexJavetEngine::start);
    private final BuildMemo memo;
    private final boolean timings;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Thread builder;
    private final CountDownLatch firstBuild = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile SiteFiles.Site site;
    private int builds;
    /** Whether the pages were last told of errors: the next good build reloads them even if it changed nothing. */
    private boolean showingErrors;
    private boolean closed;

    private DevServer(BuildOptions options, InetSocketAddress address, boolean timings, PrintWriter out, PrintWriter err)
            throws IOException {
        this.options = options;
        this.timings = timings;
        this.out = out;
        this.err = err;
        this.scratch = Files.createTempDirectory("quod-serve-");
        this.memo = new BuildMemo(Files.createDirectory(scratch.resolve("site")).toRealPath());
        try {
            this.http = HttpServer.create(address, 0);
        } catch (IOException | RuntimeException e) {
            Folders.deleteTree(scratch);
            throw e;
        }
        this.requests = Executors.newCachedThreadPool(runnable -> {
            Thread t = new Thread(runnable, "quod-serve-request");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(requests);
        http.createContext("/", new SiteFiles(() -> site));
        http.createContext(ReloadScript.EVENTS, events::handle);
        http.createContext(ReloadScript.PATH, exchange -> Responses.send(exchange, 200,
                ContentTypes.of("reload.js"), ReloadScript.SOURCE.getBytes(StandardCharsets.UTF_8)));
        List<Path> skipped = new ArrayList<>();
        if (options.cacheDir() != null) {
            skipped.add(options.cacheDir());
        }
        List<Path> watched = new ArrayList<>(List.of(options.source()));
        if (options.templates() != null) {
            watched.add(options.templates()); // null: the bundled theme alone, which does not change
        }
        this.watcher = new SourceWatcher(watched, ContentLoader::isLitter, skipped);
        this.builder = new Thread(this::buildLoop, "quod-serve-build");
        builder.setDaemon(true);
    }

    /**
     * Listens on {@code address}, builds the site once, and returns, serving and watching, with that first
     * build done (failed or not: a failed site is served as its errors, and the next save may fix it).
     * {@code options.out()} is not used; {@code timings} prints each build's stage times after its summary.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static DevServer start(BuildOptions options, InetSocketAddress address, boolean timings, PrintWriter out,
                                  PrintWriter err) throws IOException, InterruptedException {
        DevServer server = new DevServer(options, address, timings, out, err);
        server.http.start();
        server.builder.start();
        server.firstBuild.await();
        return server;
    }

    /** The port listened on (the one the system chose, when asked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** Blocks until {@link #close()} has run. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    /** The folder being served, or null before the first good build; for tests. */
    Path servedFolder() {
        SiteFiles.Site now = site;
        return now == null ? null : now.root();
    }

    /** Pages connected to the reload events now (a browser test waits for its page to be listening). */
    public int listeners() {
        return events.clients();
    }

    private void buildLoop() {
        try {
            build();
            firstBuild.countDown();
            while (watcher.awaitChange(QUIET, LONGEST_WAIT)) {
                build();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            firstBuild.countDown();
            engine.close();  // on the thread that used it: V8 isolates are per thread
            memo.lunr().close();
        }
    }

    /**
     * One build, of what changed, into the served folder; on success pages reload, unless the build changed
     * no file of the site (a save without a change) and the pages show no errors.
     */
    private void build() {
        int number = ++builds;
        BuildResult result;
        try {
            result = new SiteBuild(options, engine::lend, memo).run(files -> published(number, files));
        } catch (RuntimeException e) {
            engine.discard();  // it may be half way through a formula
            memo.lunr().close();
            String message = "quod serve: internal error (a bug in Quod, not in your files): " + e;
            err.println(message);
            err.flush();
            events.failed(site != null ? site.build() : 0, message);
            showingErrors = true;
            return;
        }
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        if (result.succeeded()) {
            out.println(result.summary(url()));
            if (timings) {
                result.timings().forEach(out::println);
            }
        } else {
            String report = BuildReport.failed(result.diagnostics(), site != null);
            err.println(BuildReport.summary(result.diagnostics(), site != null));
            events.failed(site != null ? site.build() : 0, report);
            showingErrors = true;
        }
        out.flush();
        err.flush();
    }

    /**
     * Files of build {@code number} are served: the pages showing files it changed reload; every page does
     * when a file other than a page changed (a style sheet, an image; not the search index, which a page loads
     * when the reader searches), when pages show errors, and after the first good build. Nothing reloads after a save that changed no file and pages that show no errors.
     */
    private void published(int number, Published files) {
        boolean first = site == null;
        if (!first && files.changed().isEmpty() && !showingErrors) {
            return;
        }
        site = new SiteFiles.Site(memo.served().root(), number);
        boolean every = first || showingErrors
                || !files.followUp() && files.changed().stream().anyMatch(f -> !f.endsWith(".html") && !f.equals(SearchIndex.PATH));
        events.built(number, every ? List.of(ReloadEvents.EVERY_PAGE) : files.changed());
        showingErrors = false;
    }

    /** Where the site is served, e.g. {@code http://127.0.0.1:8000}, without a trailing slash. */
    public String url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "localhost" : a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    /** Stops watching and serving, closes the math engine and deletes the served folders. Safe to call twice. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            // the builder stops at its next wait either way
        }
        try {
            // a build under way finishes (its cache writes included) before the engine is closed
            builder.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.close();
        http.stop(0);
        requests.shutdownNow();
        try {
            Folders.deleteTree(scratch);
        } catch (IOException e) {
            err.println("quod serve: could not delete " + scratch + ": " + e.getMessage());
            err.flush();
        }
        stopped.countDown();
    }
}
