package quod.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quod.cache.AtomicFile;

/**
 * The folder {@code quod serve} serves, which it alone writes, updated in place by each build: a build's
 * files are held until {@link SiteWriter#commit}, which writes only the files whose content changed since
 * the last commit and deletes the files the build no longer makes. Rewriting the whole site for each save
 * cost most of a rebuild (staging a new tree and deleting the old). A build that fails before its commit
 * changes nothing, so the last good site stays served. Each file is replaced by a rename, so a request
 * never reads half a file; while a commit runs, a page may load with an asset of the build before, and the
 * reload that follows the commit shows the new site.
 *
 * <p>A build may also leave some files for later ({@link #begin(Set)}): they stay as served while the rest
 * is committed, and an {@link #update} writes them after, so that a page that changed is served before the
 * files that take long to make and that it does not need (the print pages, the search index).
 */
public final class ServedTree {
    /** What a path holds: the bytes the build wrote, or a file it copied as it was on disk then. */
    private sealed interface Content permits Bytes, Copied { }

    private record Bytes(byte[] bytes) implements Content {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    private record Copied(Path from, long size, FileTime modified) implements Content { }

    private final Path root;
    /** What the folder holds now, by path relative to it. */
    private Map<String, Content> served = new HashMap<>();
    private List<String> changed = List.of();

    /** @param root an empty folder of the server's own; it is served, and nothing else writes to it */
    public ServedTree(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The files the last commit wrote or deleted, the ones a change touched: paths relative to the folder, sorted. */
    public List<String> lastChanged() {
        return changed;
    }

    /** Whether a build has been committed: there is a site to leave files of for later. */
    boolean hasSite() {
        return !served.isEmpty();
    }

    /** A build's writer into this folder: its commit makes the folder hold what it wrote, and nothing else. */
    SiteWriter begin() {
        return begin(Set.of());
    }

    /**
     * A build's writer that leaves the files at {@code later} as they are served (reading one gives what is
     * served) for an {@link #update} to write after its commit.
     */
    SiteWriter begin(Set<String> later) {
        Build build = new Build(true, Set.of());
        for (String path : later) {
            Content now = served.get(path);
            if (now != null) {
                build.planned.put(path, now);
            }
        }
        return build;
    }

    /**
     * A writer of the files {@code owned} (those a {@link #begin(Set)} left for later): its commit writes what
     * changed, deletes those of them it did not write, and leaves every other file as it is.
     */
    SiteWriter update(Set<String> owned) {
        return new Build(false, owned);
    }

    private final class Build implements SiteWriter {
        private final Map<String, Content> planned = new LinkedHashMap<>();
        /** Whether this build makes the whole site (and so deletes what it did not write), or updates some of it. */
        private final boolean whole;
        private final Set<String> owned;

        Build(boolean whole, Set<String> owned) {
            this.whole = whole;
            this.owned = owned;
        }

        @Override
        public void write(String relative, byte[] bytes) {
            planned.put(checked(relative), new Bytes(bytes));
        }

        @Override
        public void write(String relative, InputStream in) throws IOException {
            write(relative, in.readAllBytes());
        }

        @Override
        public void copy(Path from, String relative) throws IOException {
            planned.put(checked(relative), new Copied(from.toAbsolutePath(), Files.size(from), Files.getLastModifiedTime(from)));
        }

        @Override
        public boolean exists(String relative) {
            return planned.containsKey(relative);
        }

        @Override
        public String read(String relative) throws IOException {
            Content content = planned.get(relative);
            if (content instanceof Bytes b) {
                return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (content instanceof Copied c) {
                return Files.readString(c.from());
            }
            throw new java.nio.file.NoSuchFileException(relative);
        }

        @Override
        public void commit(String marker) throws IOException {
            if (whole) {
                planned.put(OutputMarker.NAME, new Bytes(marker.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            List<String> touched = new ArrayList<>();
            for (var e : planned.entrySet()) {
                if (!e.getValue().equals(served.get(e.getKey()))) {
                    put(e.getKey(), e.getValue());
                    touched.add(e.getKey());
                }
            }
            for (String gone : whole ? served.keySet() : owned) {
                if (!planned.containsKey(gone) && served.containsKey(gone)) {
                    Files.deleteIfExists(root.resolve(gone));
                    touched.add(gone);
                }
            }
            if (whole) {
                served = new HashMap<>(planned);
            } else {
                owned.forEach(served::remove);
                served.putAll(planned);
            }
            Collections.sort(touched);
            changed = List.copyOf(touched);
        }

        @Override
        public void close() {
            // nothing was written before the commit
        }

        private String checked(String relative) {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || file.equals(root)) {
                throw new IllegalArgumentException("not a path inside the site: " + relative);
            }
            return relative;
        }

        private void put(String relative, Content content) throws IOException {
            if (content instanceof Bytes b) {
                AtomicFile.write(root.resolve(relative), b.bytes());
            } else {
                AtomicFile.write(root.resolve(relative),
                        tmp -> Files.copy(((Copied) content).from(), tmp, StandardCopyOption.REPLACE_EXISTING));
            }
        }
    }
}
