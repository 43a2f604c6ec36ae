package quod.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

/**
 * The site being written: a staging folder beside the output folder ({@code .site.building-*}), which
 * replaces the output folder only when the whole build succeeded. A failed build leaves the previous
 * site exactly as it was, and files an earlier build wrote but this one did not cannot linger.
 *
 * <p>What the user keeps in the output folder ({@code .git} of a gh-pages checkout, {@code CNAME}, the
 * paths {@code keep:} lists) is carried over into the new site. The swap goes: old site renamed to
 * {@code .site.old-*} (with the list of paths to carry in {@link #CARRY_LIST}), new site renamed into
 * place, kept paths moved over, old site deleted. A build killed at any point leaves folders that the
 * next build recognises by name and marker and finishes: a staging folder is deleted, an old site is
 * put back if no site took its place, or else its kept paths are moved over and it is deleted.
 */
public final class OutputTree implements SiteWriter {
    /** Written into the old site just before the swap: the kept paths still to be moved to the new one. */
    static final String CARRY_LIST = ".quod-carry";
    private static final String BUILDING = ".building-";
    private static final String OLD = ".old-";

    private final Path target;
    private final Path staging;
    private final List<String> keep;
    private boolean committed;

    private OutputTree(Path target, Path staging, List<String> keep) {
        this.target = target;
        this.staging = staging;
        this.keep = List.copyOf(keep);
    }

    /**
     * Starts a new site for {@code target}, a folder {@link OutputFolder} accepted and
     * {@link #recoverLeftovers} tidied.
     *
     * @param keep paths relative to the output folder to carry over from the previous site
     */
    public static OutputTree beside(Path target, List<String> keep) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = createUnique(parent, prefix(target) + BUILDING);
        Files.writeString(staging.resolve(OutputMarker.NAME), OutputMarker.building(), StandardCharsets.UTF_8);
        return new OutputTree(target, staging, keep);
    }

    @Override
    public void write(String relative, byte[] bytes) throws IOException {
        Files.write(prepare(relative), bytes);
    }

    @Override
    public void write(String relative, InputStream in) throws IOException {
        Files.copy(in, prepare(relative), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void copy(Path from, String relative) throws IOException {
        Files.copy(from, prepare(relative), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public Writer open(String relative) throws IOException {
        return Files.newBufferedWriter(prepare(relative), StandardCharsets.UTF_8);
    }

    @Override
    public String read(String relative) throws IOException {
        return Files.readString(staging.resolve(relative), StandardCharsets.UTF_8);
    }

    @Override
    public boolean exists(String relative) {
        return Files.exists(staging.resolve(relative));
    }

    /** Puts the new site in place of the old one, with {@code marker} as its {@link OutputMarker}. */
    @Override
    public void commit(String marker) throws IOException {
        Files.writeString(staging.resolve(OutputMarker.NAME), marker, StandardCharsets.UTF_8);
        Path old = null;
        List<String> carried = new ArrayList<>();
        if (Files.exists(target)) {
            for (String path : keep) {
                if (Files.exists(target.resolve(path), LinkOption.NOFOLLOW_LINKS)
                        && !Files.exists(staging.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                    carried.add(path);
                }
            }
            if (!carried.isEmpty()) {
                Files.write(target.resolve(CARRY_LIST), carried, StandardCharsets.UTF_8);
            }
            old = target.resolveSibling(prefix(target) + OLD + staging.getFileName().toString()
                    .substring(prefix(target).length() + BUILDING.length()));
            Files.move(target, old);
        }
        try {
            Files.move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target);
                Files.deleteIfExists(target.resolve(CARRY_LIST));
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            carryOver(old, target, carried);
            Folders.deleteTree(old);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Folders.deleteTree(staging);
        }
    }

    /** A file of the staging folder; a path that would leave it is a bug in the caller. */
    private Path prepare(String relative) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("not a path inside the site: " + relative);
        }
        Files.createDirectories(file.getParent());
        return file;
    }

    private static void carryOver(Path from, Path to, List<String> paths) throws IOException {
        for (String path : paths) {
            Path source = from.resolve(path).normalize();
            Path dest = to.resolve(path).normalize();
            if (!source.startsWith(from) || source.equals(from) || !dest.startsWith(to)) {
                continue;
            }
            if (Files.exists(source, LinkOption.NOFOLLOW_LINKS) && !Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dest.getParent());
                Files.move(source, dest);
            }
        }
    }

    /**
     * Finishes or removes the staging and old-site folders a killed build left beside {@code target}, so
     * that a previous site moved aside is back in place before the build starts.
     */
    public static void recoverLeftovers(Path target) throws IOException {
        if (!Files.isDirectory(target.getParent())) {
            return;
        }
        List<Path> leftovers = new ArrayList<>();
        String prefix = prefix(target);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(prefix))) {
            siblings.forEach(leftovers::add);
        }
        leftovers.sort(null);
        for (Path p : leftovers) {
            String rest = p.getFileName().toString().substring(prefix.length());
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || !OutputMarker.isIn(p)) {
                continue;
            }
            if (rest.startsWith(BUILDING)) {
                OptionalLong pid = OutputMarker.builder(p);
                boolean running = pid.isPresent() && pid.getAsLong() != ProcessHandle.current().pid()
                        && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
                if (!running) {
                    Folders.deleteTree(p);
                }
            } else if (rest.startsWith(OLD)) {
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(p, target);
                    Files.deleteIfExists(target.resolve(CARRY_LIST));
                } else {
                    Path list = p.resolve(CARRY_LIST);
                    if (Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
                        carryOver(p, target, Files.readAllLines(list, StandardCharsets.UTF_8));
                    }
                    Folders.deleteTree(p);
                }
            }
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName();
    }

    private static Path createUnique(Path parent, String prefix) throws IOException {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[6];
            random.nextBytes(bytes);
            try {
                // createDirectory, unlike createTempDirectory, gives the folder the user's umask (not 0700).
                return Files.createDirectory(parent.resolve(prefix + HexFormat.of().formatHex(bytes)));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }
}
