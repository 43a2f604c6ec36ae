package quod.site;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import quod.config.SiteConfig;

/**
 * Decides, before any work, whether Quod may build into the folder {@code --out} names. Quod replaces
 * the whole output folder on every build, so it only takes a folder it can be sure it made: one that
 * does not exist yet, an empty one, or one holding {@link OutputMarker#NAME} from an earlier build.
 * Some folders are refused even with a marker (the file-system root, the home folder, the current
 * folder and its parents, the source, templates and cache folders and anything inside or around them).
 *
 * <p>A symbolic link is followed: the folder it points to is checked by the same rules and replaced,
 * and the link itself stays as it is.
 */
public final class OutputFolder {
    private final Path target;

    private OutputFolder(Path target) {
        this.target = target;
    }

    /** The real folder to replace (symbolic links resolved), absolute and normalised. */
    public Path target() {
        return target;
    }

    /** A folder Quod must never build into or around, what it is, and the option that named it. */
    public record Protected(Path folder, String what, String option) {
        String named() {
            return what + " (" + option + " " + folder.toString().replace('\\', '/') + ")";
        }
    }

    /** The outcome of {@link #check}: the folder, or why it is refused. */
    public sealed interface Decision permits Accepted, Refused { }

    public record Accepted(OutputFolder folder) implements Decision { }

    /** {@code message} says what is wrong and what to do; it reads after {@code --out NAME: }. */
    public record Refused(String message) implements Decision { }

    /**
     * @param out       the folder as the user named it
     * @param cwd       the current folder
     * @param home      the user's home folder, or null when unknown
     * @param protect   the source, templates and cache folders
     */
    public static Decision check(Path out, Path cwd, Path home, List<Protected> protect) {
        if (out.toString().isEmpty()) {
            return new Refused("no folder named (an empty value, perhaps an unset variable); "
                    + "name the output folder, e.g. --out site");
        }
        Path named = cwd.resolve(out).normalize();
        if (Files.isSymbolicLink(named)) {
            try {
                named = named.toRealPath();
            } catch (IOException e) {
                return new Refused("is a symbolic link to a folder that does not exist; "
                        + "point it at a folder or name another one, e.g. --out site");
            }
        }
        Path real = canonical(named);
        String ownFolder = "; Quod replaces the whole output folder, so give the site a folder of its own, e.g. --out site";
        if (real.getParent() == null) {
            return new Refused("is the root of the file system" + ownFolder);
        }
        Path realCwd = canonical(cwd);
        Path realHome = home == null ? null : canonical(home);
        if (realCwd.equals(real)) {
            return new Refused("is the current folder" + ownFolder);
        }
        if (real.equals(realHome)) {
            return new Refused("is your home folder" + ownFolder);
        }
        if (realCwd.startsWith(real)) {
            return new Refused("contains the current folder (" + realCwd + ")" + ownFolder);
        }
        if (realHome != null && realHome.startsWith(real)) {
            return new Refused("contains your home folder (" + realHome + ")" + ownFolder);
        }
        for (Protected p : protect) {
            Path folder = canonical(cwd.resolve(p.folder()).normalize());
            if (folder.equals(real)) {
                return new Refused("is the " + p.named() + ownFolder);
            }
            if (real.startsWith(folder)) {
                return new Refused("is inside the " + p.named() + ownFolder);
            }
            if (folder.startsWith(real)) {
                return new Refused("contains the " + p.named() + ownFolder);
            }
        }
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            return new Refused("exists and is not a folder; name a folder for the site, e.g. --out site");
        }
        if (Files.isDirectory(real) && !OutputMarker.isIn(real)) {
            List<String> entries = foreignEntries(real);
            if (!entries.isEmpty()) {
                return new Refused("is not empty and was not built by Quod (it has no " + OutputMarker.NAME
                        + " file, and holds " + describe(entries) + "); Quod replaces the whole output folder, "
                        + "so it builds only into a new or empty folder or one it built before: "
                        + "name another folder, or empty this one yourself");
            }
        }
        return new Accepted(new OutputFolder(real));
    }

    /** Entries of a folder without a marker, other than those a new site may start with. */
    private static List<String> foreignEntries(Path folder) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                // what every rebuild keeps anyway (a gh-pages checkout, a custom domain) leaves a folder "empty"
                if (!SiteConfig.ALWAYS_KEPT.contains(name)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            names.add("entries that cannot be read (" + e.getMessage() + ")");
        }
        names.sort(null);
        return names;
    }

    private static String describe(List<String> names) {
        if (names.size() == 1) {
            return "'" + names.get(0) + "'";
        }
        String shown = "'" + names.get(0) + "', '" + names.get(1) + "'";
        return names.size() == 2 ? shown : shown + " and " + (names.size() - 2) + " more";
    }

    /**
     * The real path of a path that may not exist yet: its deepest existing ancestor with links
     * resolved, followed by the names that do not exist.
     */
    static Path canonical(Path absolute) {
        Path p = absolute.toAbsolutePath().normalize();
        Path rest = null;
        while (p != null) {
            try {
                Path real = p.toRealPath();
                return rest == null ? real : real.resolve(rest);
            } catch (IOException e) {
                Path name = p.getFileName();
                if (name == null) {
                    return absolute;
                }
                rest = rest == null ? name : name.resolve(rest);
                p = p.getParent();
            }
        }
        return absolute;
    }
}
