package quod.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point: {@code java -jar quod.jar <command>}. */
public final class Main {
    /** A bug in Quod, not the user's mistake (sysexits' EX_SOFTWARE). */
    static final int INTERNAL_ERROR = 70;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs a command line and returns the exit status: 0 success, 1 content errors, 2 usage errors,
     * 3 printing failed ({@code quod pdf}), 70 an internal error.
     */
    public static int run(String... args) {
        return run(new QuodCommand(), args);
    }

    /** Runs {@code command} (a picocli command object) the way {@link #run(String...)} runs Quod's. */
    static int run(Object command, String... args) {
        boolean debug = Arrays.asList(args).contains(QuodCommand.DEBUG);
        CommandLine cli = new CommandLine(command);
        cli.setExitCodeExceptionMapper(e -> 2);
        cli.setExecutionExceptionHandler((e, failed, parsed) -> internalError(failed.getErr(), e, debug));
        try {
            return cli.execute(args);
        } catch (Throwable e) { // an Error (stack overflow, out of memory) passes picocli's handler by
            return internalError(cli.getErr(), e, debug);
        }
    }

    /** One line that says it is a bug and what to send; the stack trace only when asked for. */
    private static int internalError(PrintWriter err, Throwable e, boolean debug) {
        err.println("quod: internal error (a bug in Quod, not in your files): " + e
                + (debug ? "" : "; run again with " + QuodCommand.DEBUG + " for the stack trace, and please report it"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }
}
