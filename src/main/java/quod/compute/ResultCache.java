package quod.compute;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ejml.EjmlVersion;
import quod.cache.FileCache;

/**
 * Computed pages in the build's {@link FileCache}, keyed on everything the result depends on: the
 * page's directives, the options (limits included), the engine version, EJML's version and Quod's.
 * The format is a small length-prefixed binary of our own (not Java serialization), so an entry is read
 * back exactly or rejected; anything unreadable is a miss.
 */
final class ResultCache {
    /** Bump when the engine's output for the same input changes, so old entries are not reused. */
    static final String ENGINE_VERSION = "quod-compute-2";

    private static final int MAGIC = 0x51554f44; // "QUOD"
    private static final int FORMAT = 2;

    private final FileCache files;

    ResultCache(Path dir) {
        this.files = new FileCache(dir);
    }

    /** The directives' records say all the result depends on in the page: texts, kinds and positions. */
    String key(List<Directive> directives, PageOptions options, String engineVersion) {
        // The limits are part of the key: a page that ran within them might not run within smaller ones.
        return files.key("compute", engineVersion, EjmlVersion.VERSION, Long.toString(options.seed()),
                Boolean.toString(options.showChecks()), Integer.toString(options.precision()),
                Integer.toString(options.maxMatrix()), Integer.toString(options.limits().matrixElements()),
                Integer.toString(options.limits().pageElements()), Double.toString(options.limits().computeSeconds()),
                directives.toString());
    }

    Optional<ComputedPage> load(String key) {
        Optional<byte[]> stored = files.get(key);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored.get()))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !readString(in).equals(key)) {
                return Optional.empty();
            }
            int checks = in.readInt();
            int blockCount = in.readInt();
            List<List<ComputeOutput>> blocks = new ArrayList<>();
            for (int b = 0; b < blockCount; b++) {
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
                blocks.add(outputs);
            }
            int valueCount = in.readInt();
            List<ComputedValue> values = new ArrayList<>();
            for (int v = 0; v < valueCount; v++) {
                boolean math = in.readBoolean();
                values.add(new ComputedValue(readString(in), math));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new ComputedPage(blocks, values, checks));
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
            out.writeInt(page.checksPassed());
            out.writeInt(page.blocks().size());
            for (List<ComputeOutput> block : page.blocks()) {
                out.writeInt(block.size());
                for (ComputeOutput o : block) {
                    if (o instanceof ComputeOutput.DisplayMath m) {
                        out.writeByte('M');
                        writeString(out, m.latex());
                    } else if (o instanceof ComputeOutput.Html h) {
                        out.writeByte('H');
                        writeString(out, h.html());
                    } else if (o instanceof ComputeOutput.Source src) {
                        out.writeByte('S');
                        writeString(out, src.code());
                    }
                }
            }
            out.writeInt(page.values().size());
            for (ComputedValue v : page.values()) {
                out.writeBoolean(v.math());
                writeString(out, v.text());
            }
            out.flush();
            files.put(key, bytes.toByteArray());
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
