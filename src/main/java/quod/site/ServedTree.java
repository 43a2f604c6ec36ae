package quod.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import quod.cache.AtomicFile;

/**
 * The folder {@code quod serve} serves, which it alone writes, updated in place by each build: a build's
 * files are held until {@link SiteWriter#commit}, which writes only the files whose content changed since
 * the last commit and deletes the files the build no longer makes. Rewriting the whole site for each save
 * cost most of a rebuild (staging a new tree and deleting the old). A build that fails before its commit
 * changes nothing, so the last good site stays served. Each file is replaced by a rename, so a request
 * never reads half a file; while a commit runs, a page may load with an asset of the build before, and the
 * reload that follows the commit shows the new site.
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
    private int files;

    /** @param root an empty folder of the server's own; it is served, and nothing else writes to it */
    public ServedTree(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** How many files the last commit wrote or deleted: the ones a change touched. */
    public int lastChanged() {
        return files;
    }

    /** A build's writer into this folder. */
    SiteWriter begin() {
        return new Build();
    }

    private final class Build implements SiteWriter {
        private final Map<String, Content> planned = new LinkedHashMap<>();

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
            planned.put(OutputMarker.NAME, new Bytes(marker.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            int changed = 0;
            for (var e : planned.entrySet()) {
                if (!e.getValue().equals(served.get(e.getKey()))) {
                    put(e.getKey(), e.getValue());
                    changed++;
                }
            }
            for (String gone : served.keySet()) {
                if (!planned.containsKey(gone)) {
                    Files.deleteIfExists(root.resolve(gone));
                    changed++;
                }
            }
            served = new HashMap<>(planned);
            files = changed;
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
