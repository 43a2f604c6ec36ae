package quod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code quod serve} on the command line: what it prints, and how it says no. */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class ServeCommandTest {
    private static final String BASIC = "src/test/resources/sites/basic/content";

    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedStreams streams = new CapturedStreams();

    private String stdout() {
        return streams.stdout();
    }

    private String stderr() {
        return streams.stderr();
    }

    @Test
    void aPortInUseExitsTwoAndSuggestsAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            int status = Main.run("serve", "--source", BASIC, "--no-cache", "--port", Integer.toString(port));
            assertThat(status).isEqualTo(2);
            assertThat(stderr()).startsWith("quod serve: cannot listen on 127.0.0.1:" + port + " (")
                    .contains("choose another port, e.g. --port " + (port + 1));
            assertThat(stdout()).isEmpty();
        }
    }

    @Test
    void aMissingContentFolderExitsOne() {
        int status = Main.run("serve", "--source", tmp.resolve("nothing").toString(), "--no-cache", "--port", "0");
        assertThat(status).isEqualTo(1);
        assertThat(stderr()).isEqualTo(tmp.resolve("nothing") + ": content folder not found" + System.lineSeparator());
    }

    @Test
    void aPortOutOfRangeOrAnUnknownHostIsAUsageError() {
        assertThat(Main.run("serve", "--source", BASIC, "--port", "70000")).isEqualTo(2);
        assertThat(stderr()).contains("quod serve: --port 70000 is not a port; give one from 1 to 65535");
        assertThat(Main.run("serve", "--source", BASIC, "--host", "no-such-host.invalid")).isEqualTo(2);
        assertThat(stderr()).contains("quod serve: --host 'no-such-host.invalid' is not an address of this machine");
    }

    @Test
    void itBuildsPrintsTheUrlServesAndStopsCleanly() throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.md"), "---\ntitle: Home\n---\n\nHello $x^2$.\n");
        ServeCommand command = new ServeCommand();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> Main.run(command,
                "--source", content.toString(), "--templates", "templates", "--cache", tmp.resolve("cache").toString(),
                "--port", "0"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (command.running == null && !status.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(command.running).as("started; stderr: %s", stderr()).isNotNull();
        String url = command.running.url() + "/";
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Hello");
        command.running.close();
        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(stdout().lines().toList()).hasSize(2);
        assertThat(stdout().lines().toList().get(0)).matches("Built 1 page, 1 formula \\(\\d from cache\\), 0 checks passed in "
                + "\\d+\\.\\d\\d s -> http://127\\.0\\.0\\.1:\\d+/");
        assertThat(stdout().lines().toList().get(1)).isEqualTo("Serving " + content + "/ at " + url + " (Ctrl-C to stop)");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void listingOnAnotherAddressWarns() throws Exception {
        ServeCommand command = new ServeCommand();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> Main.run(command,
                "--source", BASIC, "--templates", "templates", "--no-cache", "--port", "0", "--host", "0.0.0.0"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (command.running == null && !status.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(command.running).as("started; stderr: %s", stderr()).isNotNull();
        command.running.close();
        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(stderr()).contains("quod serve: warning: listening on 0.0.0.0, so other machines that can reach "
                + "this one can read the site");
        assertThat(stdout()).contains(" at http://localhost:");
    }
}
