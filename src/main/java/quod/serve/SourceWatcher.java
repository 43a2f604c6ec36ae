package quod.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Watches folder trees (the content and templates folders) for changes, with the JDK's {@link WatchService}:
 * every folder is registered, and so is each folder created later. {@link #awaitChange} returns once
 * per burst of changes, when the folders have been quiet for a moment, so an editor's save (write a
 * temporary file, rename it, touch the folder) gives one rebuild. Changes to files the build ignores
 * (editor swap and backup files, version-control folders) are not changes.
 */
final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Predicate<String> ignored;
    private final List<Path> skipped;

    /**
     * @param roots   folders to watch, with everything in them; one that does not exist is skipped
     * @param ignored names of files and folders whose changes do not count (and folders not entered)
     * @param skipped folders not to watch even inside a root (the cache folder, when it is there)
     */
    SourceWatcher(List<Path> roots, Predicate<String> ignored, List<Path> skipped) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.skipped = skipped.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root.toAbsolutePath().normalize());
            }
        }
    }

    /**
     * Blocks until something changed, then until nothing more changed for {@code quiet} (at most
     * {@code longest} in all, so a tool that writes without pause still gets builds). Returns false when
     * the watcher was closed.
     */
    boolean awaitChange(Duration quiet, Duration longest) throws InterruptedException {
        try {
            while (!take(service.take())) {
                // only ignored files changed: keep waiting
            }
            long deadline = System.nanoTime() + longest.toNanos();
            while (System.nanoTime() < deadline) {
                WatchKey key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    break;
                }
                take(key);
            }
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Reads a key's events (registering new folders) and says whether any of them counts as a change. */
    private boolean take(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed = true;  // events were lost: assume the worst
                continue;
            }
            Path name = (Path) event.context();
            if (folder == null || ignored.test(name.toString())) {
                continue;
            }
            changed = true;
            Path child = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    // it went away again, or cannot be read: the build will say so
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return changed;
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored.test(dir.getFileName().toString()) || skipped.contains(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;  // the build reports what it cannot read
            }
        });
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
