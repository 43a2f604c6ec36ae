package quod.math;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
    /** What this build asked for and found, and what it rendered anew: the next pack. */
    private final Map<String, String> used = new LinkedHashMap<>();
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
        String html = used.get(key);
        if (html != null) {
            return html;
        }
        if (stored == null) {
            read();
        }
        Long at = stored.get(key);
        if (at == null) {
            return null;
        }
        html = new String(packed, (int) (at >>> 32), (int) (long) at, StandardCharsets.UTF_8);
        used.put(key, html);
        return html;
    }

    public void put(String key, String html) {
        if (pack != null) {
            used.put(key, html);
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
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(used.size());
            for (Map.Entry<String, String> e : used.entrySet()) {
                byte[] html = e.getValue().getBytes(StandardCharsets.UTF_8);
                out.write(HexFormat.of().parseHex(e.getKey()));
                out.writeInt(html.length);
                out.write(html);
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray(), 0, bytes.size());
            out.writeInt((int) crc.getValue());
            write(bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // not being able to cache must not fail the build; the next build renders again
        }
    }

    private void write(byte[] bytes) throws IOException {
        AtomicFile.write(pack, bytes);
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
