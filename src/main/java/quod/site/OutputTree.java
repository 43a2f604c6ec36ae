package quod.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The site being written: a fresh folder beside the output folder, which replaces the output folder
 * only when the whole build succeeded. A failed build leaves the previous site exactly as it was, and
 * files an earlier build wrote but this one did not cannot linger.
 */
public final class OutputTree implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputTree(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static OutputTree beside(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        return new OutputTree(target.toAbsolutePath(), staging);
    }

    public void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relative, byte[] bytes) throws IOException {
        Path file = staging.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    public void write(String relative, InputStream in) throws IOException {
        Path file = staging.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }

    public void copy(Path from, String relative) throws IOException {
        Path file = staging.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.copy(from, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Copies a whole folder into {@code relative}, except files that are links to somewhere outside it
     * (a theme's assets must not publish, say, a link to the user's SSH key).
     *
     * @return the paths, relative to {@code from}, of the links it did not copy
     */
    public List<String> copyTree(Path from, String relative) throws IOException {
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

    public boolean exists(String relative) {
        return Files.exists(staging.resolve(relative));
    }

    /** Puts the new site in place of the old one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + staging.getFileName());
            Files.move(target, old);
        }
        try {
            Files.move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            Folders.deleteTree(old);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Folders.deleteTree(staging);
        }
    }
}
