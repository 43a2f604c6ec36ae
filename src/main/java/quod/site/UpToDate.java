package quod.site;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import quod.cache.AtomicFile;
import quod.cache.FileCache;
import quod.diagnostics.Diagnostic;

/**
 * Whether a build would write the site that is already there: a build whose inputs are those of the last
 * build into the same folder (every byte of the content and templates folders, the options, Quod's own
 * code), at an instant on the same side of every release date, while the output folder still holds
 * exactly the files that build wrote, would write the same bytes again. Then {@code quod build} checks
 * and does nothing, as make and Gradle skip a task that is up to date; it prints the last build's
 * summary and warnings again.
 *
 * <p>The record of the last build sits in the cache folder ({@code builds/}), one file per output folder,
 * written only after a build that succeeded. Anything it cannot read, or any doubt, means a full build.
 */
final class UpToDate {
    private static final String FORMAT = "quod build record 1";

    /**
     * The last build into a folder.
     *
     * @param inputs    the hash of everything the site was made from
     * @param notBefore the latest release date that had passed (epoch ms; Long.MIN_VALUE for none)
     * @param notAfter  the first release date still to come (epoch ms; Long.MAX_VALUE for none)
     * @param files     every file of the output folder, with its size and time of last change
     */
    record Record(String inputs, long notBefore, long notAfter, int pages, int formulas, int checksPassed,
                  List<Diagnostic> diagnostics, Map<String, String> files) {
    }

    private UpToDate() {
    }

    /** Where the record of builds into {@code out} is kept. */
    static Path recordFile(Path cacheDir, Path out) {
        return cacheDir.resolve("builds").resolve(hash(out.toAbsolutePath().normalize().toString()).substring(0, 24) + ".build");
    }

    /** The hash of what a build with these options reads, or null when it cannot be read (then: build). */
    static String inputs(BuildOptions options) {
        try {
            MessageDigest digest = FileCache.sha256();
            add(digest, "options", options.source().toAbsolutePath().normalize(), options.templates() == null
                    ? "bundled theme" : options.templates().toAbsolutePath().normalize(), options.out().toAbsolutePath().normalize(),
                    options.baseUrl(), options.mathMode(), options.strict(), options.auditChecks(), options.edition());
            add(digest, "code", codeIdentity());
            tree(digest, "content", options.source());
            if (options.templates() != null) {
                tree(digest, "templates", options.templates());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return null;
        }
    }

    /** The last build's record, when it is of these inputs, {@code now} is in its window, and its files are all there. */
    static Record check(Path file, String inputs, Instant now, Path out) {
        Record last = read(file);
        if (last == null || inputs == null || !last.inputs().equals(inputs)
                || now.toEpochMilli() < last.notBefore() || now.toEpochMilli() >= last.notAfter()) {
            return null;
        }
        try {
            return listing(out).equals(last.files()) ? last : null;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** Keeps the record of a build that just wrote {@code out}; a record that cannot be written only costs time. */
    static void save(Path file, Record built, Path out) {
        try {
            Record record = new Record(built.inputs(), built.notBefore(), built.notAfter(), built.pages(), built.formulas(),
                    built.checksPassed(), built.diagnostics(), listing(out));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream data = new DataOutputStream(bytes)) {
                data.writeUTF(FORMAT);
                data.writeUTF(record.inputs());
                data.writeLong(record.notBefore());
                data.writeLong(record.notAfter());
                data.writeInt(record.pages());
                data.writeInt(record.formulas());
                data.writeInt(record.checksPassed());
                data.writeInt(record.diagnostics().size());
                for (Diagnostic d : record.diagnostics()) {
                    data.writeBoolean(d.isError());
                    data.writeUTF(d.file());
                    data.writeInt(d.line());
                    data.writeInt(d.column());
                    writeLong(data, d.message());
                    writeLong(data, d.sourceLine() == null ? "\0" : d.sourceLine());
                }
                data.writeInt(record.files().size());
                for (var e : record.files().entrySet()) {
                    writeLong(data, e.getKey());
                    data.writeUTF(e.getValue());
                }
            }
            AtomicFile.write(file, bytes.toByteArray());
        } catch (IOException | UncheckedIOException e) {
            forget(file);
        }
    }

    /** Removes the record, so the next build is a full one (after a build that failed, say). */
    static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the record stays; its inputs no longer match once anything changed
        }
    }

    private static Record read(Path file) {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!data.readUTF().equals(FORMAT)) {
                return null;
            }
            String inputs = data.readUTF();
            long notBefore = data.readLong();
            long notAfter = data.readLong();
            int pages = data.readInt();
            int formulas = data.readInt();
            int checks = data.readInt();
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = data.readInt(); i > 0; i--) {
                boolean error = data.readBoolean();
                String name = data.readUTF();
                int line = data.readInt();
                int column = data.readInt();
                String message = readLong(data);
                String source = readLong(data);
                source = source.equals("\0") ? null : source;
                diagnostics.add(error ? Diagnostic.error(name, line, column, message, source)
                        : Diagnostic.warning(name, line, column, message, source));
            }
            Map<String, String> files = new TreeMap<>();
            for (int i = data.readInt(); i > 0; i--) {
                files.put(readLong(data), data.readUTF());
            }
            return new Record(inputs, notBefore, notAfter, pages, formulas, checks, diagnostics, files);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every file under {@code out} with its size and time of last change, by path. */
    private static Map<String, String> listing(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (!a.isDirectory()) {
                    files.put(out.relativize(p).toString().replace('\\', '/'),
                            a.size() + " " + a.lastModifiedTime().toMillis() + (a.isRegularFile() ? "" : " other"));
                }
            }
        }
        return files;
    }

    /** Every file's path and bytes, in path order; links followed as a build follows them. */
    private static void tree(MessageDigest digest, String what, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            add(digest, what, "none");
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        add(digest, what, files.size());
        for (Path f : files) {
            add(digest, root.relativize(f).toString().replace('\\', '/'), Files.size(f));
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        }
    }

    /**
     * Quod's own code, which everything it writes depends on: the jar's path, size and time (as the launcher's
     * class-data archive is keyed), or, run from a classes folder (tests, an IDE), every file's.
     */
    private static String codeIdentity() throws IOException {
        Path code;
        try {
            code = Path.of(UpToDate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException | IllegalArgumentException e) {
            throw new IOException("where Quod's code is cannot be told", e);
        }
        StringBuilder s = new StringBuilder(code.toString());
        List<Path> files;
        if (Files.isDirectory(code)) {
            try (Stream<Path> walk = Files.walk(code)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(code);
        }
        for (Path f : files) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            s.append('\n').append(code.relativize(f)).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis());
        }
        return s.toString();
    }

    private static void add(MessageDigest digest, Object... parts) {
        for (Object part : parts) {
            byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            digest.update((byte) (bytes.length >>> 24));
            digest.update((byte) (bytes.length >>> 16));
            digest.update((byte) (bytes.length >>> 8));
            digest.update((byte) bytes.length);
            digest.update(bytes);
        }
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(FileCache.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A string that may be longer than writeUTF's 64 KB. */
    private static void writeLong(DataOutputStream data, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    private static String readLong(DataInputStream data) throws IOException {
        int n = data.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("damaged record");
        }
        return new String(data.readNBytes(n), StandardCharsets.UTF_8);
    }
}
