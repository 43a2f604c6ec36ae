package quod.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import quod.BundledFiles;

/**
 * The small working site {@code quod init} writes: {@code content/} with {@code site.yml}, a home page and
 * a page that shows each feature, a {@code .gitignore}, and a GitHub Pages workflow. The files are
 * resources in the jar ({@code quod/init-site/}; not {@code quod/init/}, which holds this package's classes).
 *
 * <p>It never overwrites or deletes anything of the user's: it writes only into a folder that is new or
 * empty (a {@code .git} alone counts as empty, so {@code git init x && quod init x} works), opens every
 * file with {@code CREATE_NEW}, and if writing fails part way it removes what it wrote, and only that.
 */
public final class StarterSite {
    /**
     * Maven's resource copying drops {@code .gitignore} (one of its default excludes), so dotfiles are
     * stored with {@code dot-} in place of the dot and get it back when written.
     */
    private static final String DOT = "dot-";
    private static final String ALLOWED_IN_EMPTY = ".git";

    private final BundledFiles files;

    /** The starter site in Quod's jar. */
    public StarterSite() {
        this(BundledFiles.ofQuod("quod/init-site"));
    }

    /** The starter site in {@code files}. */
    public StarterSite(BundledFiles files) {
        this.files = files;
    }

    /** What {@link #writeInto} did. */
    public sealed interface Outcome permits Written, Refused, Failed { }

    /** Written; {@code files} are the paths written, relative to the folder, with '/', sorted. */
    public record Written(List<String> files) implements Outcome { }

    /** Not written, and nothing touched: the folder is not new or empty. */
    public record Refused(String message) implements Outcome { }

    /** Writing failed part way; what was written has been removed again. */
    public record Failed(String message) implements Outcome { }

    /** Writes the starter site into {@code dir}, which is created if it does not exist. */
    public Outcome writeInto(Path dir) {
        String refusal = refusal(dir);
        if (refusal != null) {
            return new Refused(refusal);
        }
        List<Path> created = new ArrayList<>();
        List<String> written = new ArrayList<>();
        try {
            createFolders(dir, created);
            for (String resource : files.list()) {
                String name = target(resource);
                Path file = dir.resolve(name);
                createFolders(file.getParent(), created);
                try (InputStream in = files.open(resource);
                     OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                    created.add(file);
                    in.transferTo(out);
                }
                written.add(name);
            }
        } catch (IOException e) {
            return new Failed(describe(e) + rollBack(created));
        }
        written.sort(null);
        return new Written(List.copyOf(written));
    }

    /** Why {@code dir} cannot take a new site, or null if it can. */
    private static String refusal(Path dir) {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
            return "exists and is not a folder; name a new folder for the site";
        }
        if (!Files.isDirectory(dir)) {
            for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                if (Files.exists(p)) {
                    return Files.isDirectory(p) ? null : "cannot be made: " + p + " is a file, not a folder";
                }
            }
            return null;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                if (!name.equals(ALLOWED_IN_EMPTY)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            return "cannot be read (" + describe(e) + "); name a new folder for the site";
        }
        if (names.isEmpty()) {
            return null;
        }
        names.sort(null);
        return "is not empty (it holds " + quoted(names) + "); quod init writes only into a new or empty "
                + "folder, so that it never overwrites a file: name a new folder";
    }

    /** {@code dot-gitignore} -> {@code .gitignore}, {@code dot-github/...} -> {@code .github/...}. */
    private static String target(String resource) {
        return resource.startsWith(DOT) ? "." + resource.substring(DOT.length()) : resource;
    }

    /** Creates {@code dir} and its missing parents, remembering each one it made. */
    private static void createFolders(Path dir, List<Path> created) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            createFolders(parent, created);
        }
        try {
            Files.createDirectory(dir);
            created.add(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
            // made by someone else meanwhile: theirs, so not ours to remove
        }
    }

    /** Removes what this run created, newest first; a folder someone else has put a file in stays. */
    private static String rollBack(List<Path> created) {
        List<Path> left = new ArrayList<>();
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                left.add(created.get(i));
            }
        }
        return left.isEmpty() ? "; nothing was left behind"
                : "; could not remove " + quoted(left.stream().map(Path::toString).toList());
    }

    private static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return "'" + f.getFile() + "' appeared while writing, and was left as it is";
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private static String quoted(List<String> names) {
        if (names.size() == 1) {
            return "'" + names.get(0) + "'";
        }
        String shown = "'" + names.get(0) + "', '" + names.get(1) + "'";
        return names.size() == 2 ? shown : shown + " and " + (names.size() - 2) + " more";
    }
}
