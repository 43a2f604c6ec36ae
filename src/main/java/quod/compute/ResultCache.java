package quod.compute;

import quod.compute.language.Directive;
import quod.compute.output.ComputeOutput;
import quod.compute.output.CheckReport;
import quod.compute.output.ComputedPage;
import quod.compute.output.ComputedValue;
import quod.compute.runtime.PageOptions;

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
    static final String ENGINE_VERSION = "quod-compute-4";

    private static final int MAGIC = 0x51554f44; // "QUOD"
    private static final int FORMAT = 5;  // 5: a passed check carries its label, a page its check reports

    private final FileCache files;

    ResultCache(Path dir) {
        this.files = new FileCache(dir);
    }

    /** The directives' records say all the result depends on in the page: texts, kinds and positions. */
    String key(List<Directive> directives, PageOptions options, String engineVersion) {
        // The limits are part of the key: a page that ran within them might not run within smaller ones.
        return files.key("compute", engineVersion, EjmlVersion.VERSION, Long.toString(options.seed()),
                Integer.toString(options.precision()),
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
                    outputs.add(readOutput(in));
                }
                blocks.add(outputs);
            }
            int valueCount = in.readInt();
            List<ComputedValue> values = new ArrayList<>();
            for (int v = 0; v < valueCount; v++) {
                boolean math = in.readBoolean();
                values.add(new ComputedValue(readString(in), math));
            }
            int reportCount = in.readInt();
            List<CheckReport> reports = new ArrayList<>(Math.min(reportCount, 1024));
            for (int k = 0; k < reportCount; k++) {
                reports.add(readReport(in));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new ComputedPage(blocks, values, checks, reports));
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
                    writeOutput(out, o);
                }
            }
            out.writeInt(page.values().size());
            for (ComputedValue v : page.values()) {
                out.writeBoolean(v.math());
                writeString(out, v.text());
            }
            out.writeInt(page.checks().size());
            for (CheckReport r : page.checks()) {
                writeReport(out, r);
            }
            out.flush();
            files.put(key, bytes.toByteArray());
        } catch (IOException e) {
            // Not being able to cache must not fail the build; the next build computes again.
        }
    }

    private static ComputeOutput readOutput(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case 'M' -> new ComputeOutput.DisplayMath(readString(in));
            case 'C' -> new ComputeOutput.CheckPassed(readNullable(in), readString(in), readString(in), readString(in), in.readInt());
            case 'P' -> {
                String title = readNullable(in);
                String xLabel = readNullable(in);
                String yLabel = readNullable(in);
                boolean logY = in.readBoolean();
                List<Double> x = in.readBoolean() ? readDoubles(in) : null;
                int count = in.readInt();
                List<ComputeOutput.Series> series = new ArrayList<>(Math.min(count, 64));
                for (int i = 0; i < count; i++) {
                    series.add(new ComputeOutput.Series(readString(in), readDoubles(in)));
                }
                yield new ComputeOutput.Plot(title, xLabel, yLabel, logY, x, series, in.readBoolean());
            }
            case 'S' -> new ComputeOutput.Source(readString(in));
            default -> throw new IOException("unknown output tag " + tag);
        };
    }

    private static void writeOutput(DataOutputStream out, ComputeOutput o) throws IOException {
        if (o instanceof ComputeOutput.DisplayMath m) {
            out.writeByte('M');
            writeString(out, m.latex());
        } else if (o instanceof ComputeOutput.CheckPassed c) {
            out.writeByte('C');
            writeNullable(out, c.label());
            writeString(out, c.text());
            writeString(out, c.summary());
            writeString(out, c.detail());
            out.writeInt(c.times());
        } else if (o instanceof ComputeOutput.Plot p) {
            out.writeByte('P');
            writeNullable(out, p.title());
            writeNullable(out, p.xLabel());
            writeNullable(out, p.yLabel());
            out.writeBoolean(p.logY());
            out.writeBoolean(p.x() != null);
            if (p.x() != null) {
                writeDoubles(out, p.x());
            }
            out.writeInt(p.series().size());
            for (ComputeOutput.Series s : p.series()) {
                writeString(out, s.name());
                writeDoubles(out, s.y());
            }
            out.writeBoolean(p.legend());
        } else if (o instanceof ComputeOutput.Source src) {
            out.writeByte('S');
            writeString(out, src.code());
        }
    }

    private static void writeReport(DataOutputStream out, CheckReport r) throws IOException {
        out.writeInt(r.line());
        out.writeInt(r.column());
        writeNullable(out, r.label());
        writeString(out, r.text());
        writeString(out, r.summary());
        out.writeDouble(r.slack());
        out.writeDouble(r.orders());
        out.writeInt(r.times());
        int traits = 0;
        for (CheckReport.Flag f : r.traits()) {
            traits |= 1 << f.ordinal();
        }
        out.writeInt(traits);
    }

    private static CheckReport readReport(DataInputStream in) throws IOException {
        int line = in.readInt();
        int column = in.readInt();
        String label = readNullable(in);
        String text = readString(in);
        String summary = readString(in);
        double slack = in.readDouble();
        double orders = in.readDouble();
        int times = in.readInt();
        int bits = in.readInt();
        java.util.EnumSet<CheckReport.Flag> traits = java.util.EnumSet.noneOf(CheckReport.Flag.class);
        for (CheckReport.Flag f : CheckReport.Flag.values()) {
            if ((bits & (1 << f.ordinal())) != 0) {
                traits.add(f);
            }
        }
        return new CheckReport(line, column, label, text, summary, slack, orders, times, traits);
    }

    private static void writeDoubles(DataOutputStream out, List<Double> values) throws IOException {
        out.writeInt(values.size());
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static List<Double> readDoubles(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * Double.BYTES > in.available()) {
            throw new IOException("bad length " + n);
        }
        List<Double> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.readDouble());
        }
        return values;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
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
