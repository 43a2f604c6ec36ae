package quod.math;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import quod.cache.AtomicFile;
import quod.cache.FileCache;

/**
 * Rendered formulas, keyed on everything the HTML depends on: Quod's version (in every
 * {@link FileCache} key), KaTeX's version and settings as the engine is given them
 * ({@link KatexOptions#fingerprint()}), display mode and the TeX itself.
 *
 * <p>All formulas of a build live in one pack file, read once when the first formula is asked for and
 * written again by {@link #save()} when the build rendered a formula it did not have (reading a thousand
 * small files, one per formula, cost more than KaTeX's start). The pack holds the formulas of the last
 * build that saved it, so it does not grow with every edit; one pack per KaTeX setting
 * ({@link KatexOptions#fingerprint()}), so two sites with other macros sharing a cache do not evict each
 * other. The pack carries a CRC-32C of its bytes: a damaged or truncated pack is a miss as a whole, never
 * wrong output. A cache that cannot be read or written only costs time.
 */
public final class FormulaCache {
    private static final byte[] MAGIC = "quod formula pack 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;

    private final Path pack;
    private final FileCache keys;
    private final String fingerprint;
    /** The pack as read, and where each entry's HTML is in it; null until the first {@link #get}. */
    private byte[] packed;
    private Map<String, Long> stored;
    /**
     * What this build asked for and found, and what it rendered anew: the next pack. Kept as UTF-8, half the
     * size of a String of KaTeX's HTML (whose zero-width spaces make every such String two bytes a char), and
     * what came from the pack as a slice of it: 30,000 formulas hold 140 MB, not 280 MB or twice 140.
     */
    private final Map<String, Slice> used = new LinkedHashMap<>();
    private boolean renderedAnew;

    public FormulaCache(Path dir, KatexOptions options) {
        this.keys = new FileCache(null);
        this.fingerprint = options.fingerprint();
        this.pack = dir == null ? null : dir.resolve("formulas-" + keys.key("pack", fingerprint).substring(0, 16) + ".pack");
    }

    /** A cache that remembers nothing, for builds run without a cache folder. */
    public static FormulaCache none(KatexOptions options) {
        return new FormulaCache(null, options);
    }

    public String key(String tex, boolean display) {
        return keys.key("formula", fingerprint, display ? "display" : "inline", tex);
    }

    /** The cached HTML, or null. */
    public String get(String key) {
        if (pack == null) {
            return null;
        }
        Slice html = used.get(key);
        if (html != null) {
            return html.text();
        }
        if (stored == null) {
            read();
        }
        Long at = stored.get(key);
        if (at == null) {
            return null;
        }
        Slice found = new Slice(packed, (int) (at >>> 32), (int) (long) at);  // the pack's own bytes, not a copy
        used.put(key, found);
        return found.text();
    }

    public void put(String key, String html) {
        if (pack != null) {
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            used.put(key, new Slice(bytes, 0, bytes.length));
            renderedAnew = true;
        }
    }

    /**
     * Writes the formulas this build used as the next pack, if it rendered any anew or used less than half of
     * the pack it read (so removed pages do not stay in it for ever).
     */
    public void save() {
        if (pack == null || !renderedAnew && (stored == null || used.size() * 2 >= stored.size())) {
            return;
        }
        try {
            // streamed to the file, checksum as it goes: the pack of a large site is a hundred megabytes and more
            AtomicFile.write(pack, tmp -> {
                CRC32C crc = new CRC32C();
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                     DataOutputStream out = new DataOutputStream(new CheckedOutputStream(file, crc))) {
                    out.write(MAGIC);
                    out.writeInt(used.size());
                    for (Map.Entry<String, Slice> e : used.entrySet()) {
                        Slice html = e.getValue();
                        out.write(HexFormat.of().parseHex(e.getKey()));
                        out.writeInt(html.length());
                        out.write(html.bytes(), html.from(), html.length());
                    }
                    out.flush();
                    new DataOutputStream(file).writeInt((int) crc.getValue());
                }
            });
        } catch (IOException | RuntimeException e) {
            // not being able to cache must not fail the build; the next build renders again
        }
    }

    /** A formula's HTML in UTF-8: {@code bytes[from, from + length)}. */
    private record Slice(byte[] bytes, int from, int length) {
        String text() {
            return new String(bytes, from, length, StandardCharsets.UTF_8);
        }
    }

    /** Reads the pack; one that is missing, damaged or of another format is empty. */
    private void read() {
        stored = new HashMap<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pack);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | OutOfMemoryError e) {
            return;
        }
        Map<String, Long> index = index(bytes);
        if (index != null) {
            packed = bytes;
            stored = index;
        }
    }

    /** Where each entry's HTML is in {@code bytes} (offset in the high half, length in the low), or null. */
    private static Map<String, Long> index(byte[] bytes) {
        int end = bytes.length - 4;
        if (end < MAGIC.length + 4 || !ByteBuffer.wrap(bytes, 0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt(end) != (int) crc.getValue()) {
            return null;
        }
        in.position(MAGIC.length);
        int count = in.getInt();
        if (count < 0) {
            return null;
        }
        Map<String, Long> index = new HashMap<>();
        byte[] key = new byte[KEY_BYTES];
        for (int i = 0; i < count; i++) {
            if (end - in.position() < KEY_BYTES + 4) {
                return null;
            }
            in.get(key);
            int length = in.getInt();
            if (length < 0 || length > end - in.position()) {
                return null;
            }
            index.put(HexFormat.of().formatHex(key), ((long) in.position() << 32) | length);
            in.position(in.position() + length);
        }
        return in.position() == end ? index : null;
    }
}
