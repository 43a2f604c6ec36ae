package quod.content;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;

/**
 * The files of the content folder that belong to the site, sorted by path.
 *
 * <ul>
 *   <li>Version-control, editor and operating-system litter is skipped ({@code .git*}, {@code .hg},
 *       {@code .svn}, {@code .DS_Store}, {@code Thumbs.db}, {@code *~}, {@code *.swp}, ...); every
 *       other file is published, dotfiles included ({@code .well-known/}, {@code .htaccess}).</li>
 *   <li>A symbolic link is followed when what it points to is inside the content folder (a linked
 *       folder's files are published under the link's name); a link out of the folder, a broken link,
 *       or a loop of links is an error, so a build can never publish a file from elsewhere on the
 *       machine.</li>
 *   <li>Anything that is not a regular file or folder (a pipe, a device) is an error.</li>
 * </ul>
 */
final class SourceFiles {
    private static final Set<String> LITTER = Set.of(".hg", ".hgignore", ".hgtags", ".svn", ".bzr", "_darcs", "CVS",
            ".DS_Store", ".Spotlight-V100", ".Trashes", ".fseventsd", "Thumbs.db", "ehthumbs.db", "desktop.ini",
            ".idea", ".vscode", ".quod-cache", "__MACOSX");

    private final Path root;
    private final String displayRoot;

    SourceFiles(Path root, String displayRoot) {
        this.root = root;
        this.displayRoot = displayRoot;
    }

    /** Whether a file or folder name is litter that is never published. */
    static boolean isLitter(String name) {
        return LITTER.contains(name) || name.startsWith(".git") || name.startsWith("._") || name.startsWith(".#")
                || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swo") || name.endsWith(".swx")
                || (name.startsWith("#") && name.endsWith("#") && name.length() > 1);
    }

    /** Paths relative to the root, sorted by their slashed form; problems are added to {@code diagnostics}. */
    List<Path> list(Diagnostics diagnostics) {
        List<Path> files = new ArrayList<>();
        try {
            Path realRoot = root.toRealPath();
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isLitter(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.toRealPath().startsWith(realRoot)) {
                        diagnostics.add(error(dir, "is a symbolic link to a folder outside the content folder ("
                                + dir.toRealPath() + "); Quod never publishes files from outside it: "
                                + "copy what the site needs into the content folder"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (isLitter(file.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        diagnostics.add(error(file, "is a broken symbolic link (to " + Files.readSymbolicLink(file)
                                + "); remove it or point it at a file inside the content folder"));
                    } else if (!attrs.isRegularFile()) {
                        diagnostics.add(error(file, "is not a regular file (a pipe, socket or device); remove it "
                                + "from the content folder"));
                    } else if (!file.toRealPath().startsWith(realRoot)) {
                        diagnostics.add(error(file, "is a symbolic link to a file outside the content folder ("
                                + file.toRealPath() + "); Quod never publishes files from outside it: "
                                + "copy the file into the content folder instead"));
                    } else {
                        files.add(root.relativize(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        diagnostics.add(error(file, "is a symbolic link that leads back into a folder that "
                                + "contains it (a loop); remove the link"));
                    } else {
                        diagnostics.add(error(file, "cannot be read: " + e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(displayRoot, "cannot read content folder: " + e.getMessage()));
            return List.of();
        }
        files.sort((a, b) -> ContentLoader.slashed(a).compareTo(ContentLoader.slashed(b)));
        return files;
    }

    private Diagnostic error(Path p, String message) {
        return Diagnostic.error(displayRoot + "/" + ContentLoader.slashed(root.relativize(p)), message);
    }
}
