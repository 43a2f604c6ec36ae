package quod.cli;

import picocli.CommandLine;

/** Entry point: {@code java -jar quod.jar <command>}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit status: 0 success, 1 content errors, 2 usage errors. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new QuodCommand());
        cli.setExitCodeExceptionMapper(e -> 2);
        return cli.execute(args);
    }
}
