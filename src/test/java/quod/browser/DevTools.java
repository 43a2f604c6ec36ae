package quod.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import quod.math.Json;
import quod.site.Folders;

/**
 * A headless Chromium that stays open on one page, driven through the DevTools protocol over the JDK's
 * WebSocket client: for tests that must see a page change while it is open (live reload), which one
 * {@code --dump-dom} run cannot (its virtual time never runs out while an EventSource is open).
 * Answers are JSON, read with SnakeYAML (JSON is YAML), so no JSON library is needed.
 */
final class DevTools implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> answers = new ConcurrentHashMap<>();

    /** Starts Chromium headless on {@code url}. */
    DevTools(Path chromium, String url) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("quod-devtools-");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + profile, "--remote-debugging-port=0"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox");
        }
        command.add(url);
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String browser = browserSocket();
            HttpClient http = HttpClient.newHttpClient();
            String port = URI.create(browser).getPort() + "";
            String page = pageSocket(http, port);
            socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IOException("cannot drive Chromium through DevTools: " + e, e);
        }
    }

    /** Reads Chromium's standard error until it says where DevTools listens. */
    private String browserSocket() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        // the browser is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("Chromium exited without opening DevTools");
    }

    @SuppressWarnings("unchecked")
    private static String pageSocket(HttpClient http, String port) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (Object target : (List<Object>) new Yaml().load(list)) {
                Map<String, Object> t = (Map<String, Object>) target;
                if ("page".equals(t.get("type")) && t.get("webSocketDebuggerUrl") != null) {
                    return (String) t.get("webSocketDebuggerUrl");
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium opened no page");
    }

    /**
     * The browser every browser test class shares, started on first use and closed when the test JVM exits:
     * each start of Chromium costs seconds. Classes that use it hold {@link Browser#LOCK}, so one class drives
     * it at a time; each class serves its pages from its own port, so no page storage is seen by another class.
     * It comes back in the light system theme at the window's own size.
     */
    static synchronized DevTools shared() throws Exception {
        if (shared == null) {
            DevTools started = new DevTools(Chromium.locate(System.getenv()).orElseThrow(), "about:blank");
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            shared = started;
        }
        shared.colorScheme("light");
        shared.call("Emulation.clearDeviceMetricsOverride", "{}");
        return shared;
    }

    private static DevTools shared;

    /** Sends one DevTools command and returns its result; fails when Chromium answers with an error. */
    @SuppressWarnings("unchecked")
    Map<String, Object> call(String method, String paramsJson) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":" + Json.quote(method) + ",\"params\":" + paramsJson + "}", true)
                .get(10, TimeUnit.SECONDS);
        Map<String, Object> reply = answer.get(30, TimeUnit.SECONDS);
        if (reply.containsKey("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        Map<String, Object> result = (Map<String, Object>) reply.get("result");
        return result == null ? Map.of() : result;
    }

    /** Evaluates {@code expression} in the page and returns its value as a string ("" for null or undefined). */
    @SuppressWarnings("unchecked")
    String evaluate(String expression) throws Exception {
        Map<String, Object> result = call("Runtime.evaluate", "{\"expression\":"
                + Json.quote("String((function () { " + expression + " })() ?? '')") + ",\"returnByValue\":true}");
        if (result.containsKey("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + result);
        }
        Object value = ((Map<String, Object>) result.get("result")).get("value");
        return value == null ? "" : value.toString();
    }

    /**
     * Loads {@code url} and returns once it, and its fonts, have loaded. The page before is marked, so that
     * it is not taken for the new one while the new one is on its way (a reload has the same address).
     */
    DevTools open(String url, Duration timeout) throws Exception {
        try {
            evaluate("window.quodLeaving = true; return 'ok';");
        } catch (IllegalStateException e) {
            // a page with no script context (Chromium's blank first page): nothing to mark
        }
        call("Page.navigate", "{\"url\":" + Json.quote(url) + "}");
        await("return !window.quodLeaving && location.href === " + Json.quote(url)
                + " && document.readyState === 'complete' ? document.fonts.status : '';", "loaded"::equals, timeout);
        return this;
    }

    /** Reloads the page, as {@link #open} loads one. */
    DevTools reload(Duration timeout) throws Exception {
        return open(evaluate("return location.href;"), timeout);
    }

    /** Makes the page see a system theme of {@code scheme} ("light" or "dark"), as {@code prefers-color-scheme}. */
    void colorScheme(String scheme) throws Exception {
        call("Emulation.setEmulatedMedia",
                "{\"features\":[{\"name\":\"prefers-color-scheme\",\"value\":" + Json.quote(scheme) + "}]}");
    }

    /** A PNG of the page's top {@code width} x {@code height} CSS pixels, at one device pixel per CSS pixel. */
    byte[] screenshot(int width, int height) throws Exception {
        call("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":" + height
                + ",\"deviceScaleFactor\":1,\"mobile\":false}");
        try {
            Object data = call("Page.captureScreenshot", "{\"format\":\"png\"}").get("data");
            return java.util.Base64.getDecoder().decode((String) data);
        } finally {
            call("Emulation.clearDeviceMetricsOverride", "{}");
        }
    }

    /**
     * Evaluates {@code expression} until its value passes {@code test}, and returns that value; fails with the
     * last value after {@code timeout}. A page that is reloading has no context to evaluate in for a moment:
     * that is retried too.
     */
    String await(String expression, Predicate<String> test, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = null;
        Exception error = null;
        while (System.nanoTime() < deadline) {
            try {
                last = evaluate(expression);
                if (test.test(last)) {
                    return last;
                }
            } catch (IllegalStateException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                error = e;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("within " + timeout + ", '" + expression + "' never passed; last value: " + last
                + (error != null ? "; last error: " + error : ""));
    }

    /** Collects each answer's text (a WebSocket message may come in parts) and hands it to its request. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                LoaderOptions options = new LoaderOptions();
                options.setCodePointLimit(64 << 20);  // a screenshot comes as one base64 string of a megabyte or more
                Map<String, Object> message = (Map<String, Object>) new Yaml(options).load(text.toString());
                text.setLength(0);
                Object id = message.get("id");
                if (id instanceof Integer i && answers.containsKey(i)) {
                    answers.remove(i).complete(message);
                }
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            Folders.deleteTree(profile);
        } catch (IOException | InterruptedException e) {
            // a leftover profile in the temporary folder is harmless
        }
    }
}
