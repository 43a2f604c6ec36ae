package quod.math;

import com.caoccao.javet.enums.JSRuntimeType;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.loader.IJavetLibLoadingListener;
import com.caoccao.javet.interop.loader.JavetLibLoader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import quod.cache.AtomicFile;

/**
 * Where V8's native library (Javet's 40 MB {@code .so}/{@code .dll}/{@code .dylib}) is loaded from. Left to
 * itself, Javet inflates it from its jar into a new folder of the system's temporary folder on every run
 * (half a second, and the copies pile up there); Quod extracts it once into a folder of its own, a per-user
 * one ({@link #folderFor}), and has Javet load it from there ("custom" loading: Javet's
 * {@link IJavetLibLoadingListener} says where the file is and that it needs no deploying).
 *
 * <p>The file is named with Javet's version, written to a temporary file and moved into place, so a file
 * of that name is complete unless its size says otherwise; then it is written again. A folder that cannot
 * be written leaves Javet to its own way.
 */
public final class NativeLibrary {
    private NativeLibrary() {
    }

    /**
     * Makes the next start of V8 in this process load the library from {@code folder}, extracting it there
     * first if needed. Does nothing once V8 was started through here: a process loads the library once, and
     * later builds (of {@code quod serve}, or of tests) use the copy already loaded.
     */
    public static synchronized void useFolder(Path folder) {
        if (JavetLibLoader.getLibLoadingListener() instanceof FromFolder) {
            return;
        }
        try {
            extractInto(folder);
            JavetLibLoader.setLibLoadingListener(new FromFolder(folder.toAbsolutePath().toFile()));
        } catch (IOException | JavetException | RuntimeException e) {
            // the library is then inflated into the temporary folder as Javet does by default: slower, still right
        }
    }

    /**
     * The library's file in {@code folder}, extracted from Javet's jar unless a complete copy is there.
     *
     * @throws IOException when it cannot be written, or Javet has no library for this platform
     */
    static Path extractInto(Path folder) throws IOException, JavetException {
        JavetLibLoader loader = new JavetLibLoader(JSRuntimeType.V8);
        Path file = folder.resolve(loader.getLibFileName());
        URL resource = JavetLibLoader.class.getResource(loader.getResourceFileName());
        if (resource == null) {
            throw new IOException("no " + loader.getResourceFileName() + " on the class path");
        }
        long size = resource.openConnection().getContentLengthLong();
        if (!Files.isRegularFile(file) || size < 0 || Files.size(file) != size) {
            extract(resource, file);
        }
        return file;
    }

    /**
     * Where a build keeps the library: the per-user folder, so that each new site's first build (an empty
     * cache folder) does not extract 40 MB again, and no site's cache holds a copy; the build's cache folder
     * ({@code cacheDir/native}) when there is no home folder; null when there is neither.
     */
    public static Path folderFor(Path cacheDir) {
        Path user = userFolder();
        return user != null ? user : cacheDir != null ? cacheDir.resolve("native") : null;
    }

    /**
     * The per-user folder for the library: {@code $XDG_CACHE_HOME/quod/native}, else
     * {@code ~/.cache/quod/native}; null when there is no home folder.
     */
    public static Path userFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "quod", "native");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "quod", "native");
    }

    private static void extract(URL resource, Path file) throws IOException {
        AtomicFile.write(file, tmp -> {
            try (InputStream in = resource.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): nothing to set
            }
        });
    }

    /** Javet's "custom" loading: the library is already in {@code folder}, under Javet's own file name. */
    private record FromFolder(File folder) implements IJavetLibLoadingListener {
        @Override
        public File getLibPath(JSRuntimeType type) {
            return folder;
        }

        @Override
        public boolean isDeploy(JSRuntimeType type) {
            return false;
        }

        @Override
        public boolean isLibInSystemPath(JSRuntimeType type) {
            return false;
        }
    }
}
