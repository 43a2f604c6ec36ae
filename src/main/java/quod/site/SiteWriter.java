package quod.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a build puts the site's files: {@link OutputTree} stages a whole new folder and swaps it in
 * ({@code quod build}); {@link ServedTree} updates the folder {@code quod serve} serves, file by file.
 * Nothing is final until {@link #commit}; closing without it leaves what was there before.
 */
interface SiteWriter extends AutoCloseable {
    void write(String relative, byte[] bytes) throws IOException;

    void write(String relative, InputStream in) throws IOException;

    /** The file {@code from} at {@code relative}. */
    void copy(Path from, String relative) throws IOException;

    /** Whether the site being written has a file at {@code relative}. */
    boolean exists(String relative);

    /** Makes the site written so far the site, with {@code marker} as its {@link OutputMarker}. */
    void commit(String marker) throws IOException;

    @Override
    void close() throws IOException;

    default void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file written as text, in UTF-8, as it is made: the print page of a large site is written page by page
     * and never held whole. The file is there once the writer is closed.
     */
    default Writer open(String relative) throws IOException {
        SiteWriter site = this;
        return new StringWriter() {
            @Override
            public void close() throws IOException {
                site.write(relative, toString());
            }
        };
    }

    /** The text of a file written so far, for reading back what was streamed out. */
    String read(String relative) throws IOException;

    /**
     * Copies a whole folder into {@code relative}, except files that are links to somewhere outside it
     * (a theme's assets must not publish, say, a link to the user's SSH key).
     *
     * @return the paths, relative to {@code from}, of the links it did not copy
     */
    default List<String> copyTree(Path from, String relative) throws IOException {
        if (!Files.isDirectory(from)) {
            return List.of();
        }
        Path realFrom = from.toRealPath();
        List<String> outside = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = from.relativize(p).toString().replace('\\', '/');
                if (p.toRealPath().startsWith(realFrom)) {
                    copy(p, relative + "/" + name);
                } else {
                    outside.add(name);
                }
            }
        }
        return outside;
    }
}
