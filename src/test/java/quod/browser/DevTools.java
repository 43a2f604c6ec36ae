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

    /** Evaluates {@code expression} in the page and returns its value as a string ("" for null or undefined). */
    @SuppressWarnings("unchecked")
    String evaluate(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":"
                + Json.quote("String((function () { " + expression + " })() ?? '')") + ",\"returnByValue\":true}}", true)
                .get(10, TimeUnit.SECONDS);
        Map<String, Object> reply = answer.get(10, TimeUnit.SECONDS);
        Map<String, Object> result = (Map<String, Object>) reply.get("result");
        if (result == null || result.containsKey("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + reply);
        }
        Object value = ((Map<String, Object>) result.get("result")).get("value");
        return value == null ? "" : value.toString();
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
                Map<String, Object> message = (Map<String, Object>) new Yaml().load(text.toString());
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
