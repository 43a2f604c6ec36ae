package quod.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quod.init.StarterSite;

/** {@code quod init DIR}: a small working site to start from. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = QuodCommand.Version.class,
        description = "Writes a small working site into DIR: content/ (site.yml, a home page, a page showing "
                + "each feature), .gitignore and a GitHub Pages workflow. DIR is created if needed; a folder "
                + "that exists must be empty (a .git in it is fine): nothing is ever overwritten. "
                + "Exit status: 0 written, 1 writing failed (what was written is removed), "
                + "2 usage error (including a DIR that is not empty; nothing was touched).")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder for the new site")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        String shown = dir.toString().replace('\\', '/');
        StarterSite.Outcome outcome = new StarterSite().writeInto(dir);
        if (outcome instanceof StarterSite.Refused refused) {
            err.println(shown + ": " + refused.message());
            err.flush();
            return 2;
        }
        if (outcome instanceof StarterSite.Failed failed) {
            err.println(shown + ": cannot write the new site: " + failed.message());
            err.flush();
            return 1;
        }
        out.println("Wrote a new site to " + shown + "/:");
        ((StarterSite.Written) outcome).files().forEach(f -> out.println("  " + f));
        out.println("Build it: cd " + quoted(shown) + " && java -jar " + quoted(jarFrom(dir)) + " build");
        out.flush();
        return 0;
    }

    /** How to name the running quod.jar from inside the new site, e.g. {@code ../quod.jar}. */
    private static String jarFrom(Path dir) {
        CodeSource source = InitCommand.class.getProtectionDomain().getCodeSource();
        try {
            Path jar = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(jar)) {
                return "quod.jar"; // run from the build tree's classes, as in tests: there is no jar to name
            }
            Path site = dir.toAbsolutePath().normalize();
            return (jar.getRoot().equals(site.getRoot()) ? site.relativize(jar) : jar).toString().replace('\\', '/');
        } catch (URISyntaxException | RuntimeException e) {
            return "quod.jar";
        }
    }

    /** A path as a shell command needs it: as it is when it holds only safe characters, else in single quotes. */
    private static String quoted(String path) {
        return path.matches("[A-Za-z0-9._/+:@%=-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
