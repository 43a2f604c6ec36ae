package quod.compute;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ejml.EjmlVersion;

/**
 * Computed pages on disk, one file per page named by a SHA-256 of everything the result depends
 * on: the body, the options (limits included), the engine version and EJML's version. The format is a small
 * length-prefixed binary of our own (not Java serialization), so a file is read back exactly or
 * rejected; a corrupt or foreign file is treated as a miss.
 */
final class ResultCache {
    /** Bump when the engine's output for the same input changes, so old entries are not reused. */
    static final String ENGINE_VERSION = "quod-compute-2";

    private static final int MAGIC = 0x51554f44; // "QUOD"
    private static final int FORMAT = 1;

    private final Path dir;

    ResultCache(Path dir) {
        this.dir = dir;
    }

    static String key(String body, PageOptions options, String engineVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // The limits are part of the key: a page that ran within them might not run within smaller ones.
            for (String part : List.of(engineVersion, EjmlVersion.VERSION, Long.toString(options.seed()),
                    Boolean.toString(options.showChecks()), Integer.toString(options.precision()), Integer.toString(options.maxMatrix()),
                    Integer.toString(options.limits().matrixElements()), Integer.toString(options.limits().pageElements()),
                    Double.toString(options.limits().computeSeconds()), body)) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    Optional<ComputedPage> load(String key) {
        Path file = dir.resolve(key + ".bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !readString(in).equals(key)) {
                return Optional.empty();
            }
            String markdown = readString(in);
            int checks = in.readInt();
            int blockCount = in.readInt();
            Map<Integer, List<ComputeOutput>> blocks = new LinkedHashMap<>();
            for (int b = 0; b < blockCount; b++) {
                int line = in.readInt();
                int n = in.readInt();
                List<ComputeOutput> outputs = new ArrayList<>(Math.min(n, 1024));
                for (int k = 0; k < n; k++) {
                    byte tag = in.readByte();
                    String text = readString(in);
                    outputs.add(switch (tag) {
                        case 'M' -> new ComputeOutput.DisplayMath(text);
                        case 'H' -> new ComputeOutput.Html(text);
                        case 'S' -> new ComputeOutput.Source(text);
                        default -> throw new IOException("unknown output tag " + tag);
                    });
                }
                blocks.put(line, List.copyOf(outputs));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new ComputedPage(markdown, blocks, checks));
        } catch (IOException | RuntimeException e) {
            // A cache entry is only an optimisation: anything unreadable is recomputed.
            return Optional.empty();
        }
    }

    void store(String key, ComputedPage page) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, key);
            writeString(out, page.markdown());
            out.writeInt(page.checksPassed());
            Map<Integer, List<ComputeOutput>> sorted = new TreeMap<>(page.blocks());
            out.writeInt(sorted.size());
            for (Map.Entry<Integer, List<ComputeOutput>> e : sorted.entrySet()) {
                out.writeInt(e.getKey());
                out.writeInt(e.getValue().size());
                for (ComputeOutput o : e.getValue()) {
                    if (o instanceof ComputeOutput.DisplayMath m) {
                        out.writeByte('M');
                        writeString(out, m.latex());
                    } else if (o instanceof ComputeOutput.Html h) {
                        out.writeByte('H');
                        writeString(out, h.html());
                    } else if (o instanceof ComputeOutput.Source s) {
                        out.writeByte('S');
                        writeString(out, s.code());
                    }
                }
            }
            Files.createDirectories(dir);
            // Write then move, so a build killed halfway never leaves a truncated entry under the real name.
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Not being able to cache must not fail the build; the next build computes again.
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
