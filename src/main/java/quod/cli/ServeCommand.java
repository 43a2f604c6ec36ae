package quod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quod.serve.DevServer;
import quod.site.BuildOptions;

/** {@code quod serve}: build, serve on localhost, rebuild on every change, reload the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = QuodCommand.Version.class,
        description = "Builds the site into a private folder (never site/), serves it on http://127.0.0.1:8000/ "
                + "(see --port, --host), and rebuilds it whenever the content or templates change; open pages reload by themselves, "
                + "or show the errors of a failed build over the last good page. Ctrl-C stops it. "
                + "Exit status: 0 stopped, 1 the content folder is missing, 2 usage error (including a port in use), "
                + "70 internal error (a bug in Quod).")
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8000;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteInputs inputs = new SiteInputs();

    @Option(names = "--port", paramLabel = "N", description = "port to listen on; 0 lets the system choose a free one "
            + "(default: ${DEFAULT-VALUE})")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST", description = "address to listen on (default: ${DEFAULT-VALUE}, "
            + "this machine only); e.g. 0.0.0.0 lets other machines on the network read the site")
    String host = "127.0.0.1";

    /** The running server, once started; tests stop it through this. */
    volatile DevServer running;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            return usage(err, "--port " + port + " is not a port; give one from 1 to 65535 (or 0 for any free one)");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return usage(err, "--host '" + host + "' is not an address of this machine; the default is 127.0.0.1");
        }
        if (!Files.isDirectory(inputs.source)) {
            err.println(inputs.source.toString().replace('\\', '/') + ": content folder not found");
            err.flush();
            return 1;
        }
        BuildOptions options = inputs.options(null, null, false);
        final DevServer server;
        try {
            server = DevServer.start(options, new InetSocketAddress(address, port), inputs.timings, out, err);
        } catch (BindException e) {
            return usage(err, "cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); "
                    + (port != 0 && port < 1024 ? "ports below 1024 need special rights, " : "is another server using it? ")
                    + "choose another port, e.g. --port " + (port == 0 || port >= 65535 ? DEFAULT_PORT + 1 : port + 1));
        }
        Thread stop = new Thread(server::close, "quod-serve-stop");  // Ctrl-C
        Runtime.getRuntime().addShutdownHook(stop);
        running = server;
        if (!address.isLoopbackAddress()) {
            err.println("quod serve: warning: listening on " + host + ", so other machines that can reach this one "
                    + "can read the site; the default, 127.0.0.1, keeps it to this machine");
        }
        out.println("Serving " + inputs.source.toString().replace('\\', '/') + "/ at " + server.url() + "/ (Ctrl-C to stop)");
        out.flush();
        err.flush();
        server.awaitClose();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is what closed the server
        }
        return 0;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("quod serve: " + message);
        err.flush();
        return 2;
    }
}
