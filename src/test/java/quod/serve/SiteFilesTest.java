package quod.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code quod serve} answers for files: only the built site's, with the right types and statuses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteFilesTest {
    Path tmp;
    Project project;
    DevServer server;
    HttpClient client;
    String base;

    @BeforeAll
    void serve(@TempDir Path tmp) throws Exception {
        this.tmp = tmp;
        project = new Project(tmp.resolve("project"), "basic");
        Files.writeString(tmp.resolve("secret.txt"), "outside the site\n");
        server = project.serve();
        // beside the served folder, where one '..' would reach (the folder is deleted with the server)
        Files.writeString(server.servedFolder().getParent().resolve("secret.txt"), "outside the site\n");
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        base = server.url();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String rawPath) throws IOException, InterruptedException {
        return send("GET", rawPath);
    }

    private HttpResponse<String> send(String method, String rawPath) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + rawPath))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHomePageIsServedWithTheReloadScriptWhichTheBuiltFileDoesNotHave() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document page = Jsoup.parse(home.body());
        assertThat(page.select("script[src=" + ReloadScript.PATH + "]")).hasSize(1);
        assertThat(page.select("script[src=" + ReloadScript.PATH + "]").attr("data-build")).isEqualTo("1");
        assertThat(page.title()).contains("Fixture site");

        String built = Files.readString(server.servedFolder().resolve("index.html"));
        assertThat(Jsoup.parse(built).select("script[src=" + ReloadScript.PATH + "]")).isEmpty();
    }

    @Test
    void theReloadScriptIsServedAsJavaScript() throws Exception {
        HttpResponse<String> script = get(ReloadScript.PATH);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("new EventSource('" + ReloadScript.EVENTS + "')");
    }

    @Test
    void stylesheetsFontsAndImagesHaveTheirContentTypes() throws Exception {
        assertThat(get("/assets/katex/katex.min.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/assets/katex/fonts/KaTeX_Main-Regular.woff2").headers().firstValue("Content-Type"))
                .hasValue("font/woff2");
        HttpResponse<String> svg = get("/images/dot.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
        assertThat(svg.body()).doesNotContain(ReloadScript.PATH);  // only HTML gets the script
    }

    @Test
    void aFolderUrlServesItsIndexAndWithoutItsSlashIsRedirectedToIt() throws Exception {
        HttpResponse<String> page = get("/01-first/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).contains("First page");
        HttpResponse<String> bare = get("/01-first?x=1");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValue("/01-first/?x=1");
        assertThat(get("/01-first/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingFileGetsTheSitesNotFoundPageWithStatus404() throws Exception {
        HttpResponse<String> missing = get("/no/such/page.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        Document page = Jsoup.parse(missing.body());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("script[src=" + ReloadScript.PATH + "]")).hasSize(1);
        assertThat(get("/01-first/index.html/").statusCode()).as("a file asked for as a folder").isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt",
            "/01-first/..%2f..%2fsecret.txt", "/%2e%2e%5csecret.txt", "/..%5c..%5csecret.txt", "/%5c..%5csecret.txt",
            "/.%2e/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/index.html%00.css", "//secret.txt", "/./index.html"})
    void encodedTraversalIsRefused(String rawPath) throws Exception {
        HttpResponse<String> answer = get(rawPath);
        assertThat(answer.statusCode()).isIn(400, 404);
        assertThat(answer.body()).doesNotContain("outside the site");
    }

    @Test
    void aPlainDotDotPathIsRefused() throws Exception {
        // the JDK client would normalise '/../' away; a raw socket sends it as written
        try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("outside the site");
        }
    }

    @Test
    void aLinkInTheServedFolderLeadingOutOfItIsNotFollowed() throws Exception {
        Path served = server.servedFolder();
        Files.createSymbolicLink(served.resolve("escape.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(served.resolve("escape-dir"), tmp);
        assertThat(get("/escape.txt").statusCode()).isEqualTo(404);
        assertThat(get("/escape-dir/secret.txt").statusCode()).isEqualTo(404);
        assertThat(get("/escape-dir").statusCode()).isEqualTo(404);
        assertThat(get("/escape-dir/secret.txt").body()).doesNotContain("outside the site");
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<String> head = send("HEAD", "/assets/katex/katex.min.css");
        HttpResponse<String> get = get("/assets/katex/katex.min.css");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length()));
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> answer = send(method, "/");
            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
    }

    @Test
    void theUsersSiteFolderIsUntouched() throws Exception {
        assertThat(Files.readString(project.site.resolve("index.html"))).isEqualTo("<p>the site the user built</p>\n");
        try (var files = Files.list(project.site)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(".quod-site", "index.html");
        }
        assertThat(server.servedFolder()).isNotEqualTo(project.site.toRealPath());
        assertThat(server.servedFolder().startsWith(project.root.toRealPath())).isFalse();
    }
}
