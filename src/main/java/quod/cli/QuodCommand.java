package quod.cli;

import picocli.CommandLine.Command;
import quod.QuodVersion;

/** The top-level command: only lists its subcommands. */
@Command(name = "quod", mixinStandardHelpOptions = true, versionProvider = QuodCommand.Version.class,
        description = "Builds a static site of worked solutions from Markdown with computed, checked math.",
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, PdfCommand.class,
                ReleasesCommand.class})
final class QuodCommand implements Runnable {
    static final String DEBUG = "--debug";

    @picocli.CommandLine.Option(names = DEBUG, scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "on an internal error (a bug in Quod), print its stack trace")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: try 'quod init DIR' for a new site, or 'quod build'");
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            QuodVersion v = QuodVersion.current();
            return new String[] {"quod " + v.quod() + " (KaTeX " + v.katex() + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
