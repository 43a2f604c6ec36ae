package quod.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import quod.QuodVersion;

/**
 * The one on-disk cache of a build: key parts in, bytes out. A key is a SHA-256 of Quod's version and
 * the parts (each length-prefixed, so no two lists of parts give one key). An entry is written to a
 * temporary file and moved into place (atomically where the file system can), and carries a SHA-256
 * of its bytes, so a truncated or altered entry is a miss, never wrong output. A cache that cannot be
 * read or written only costs time.
 */
public final class FileCache {
    private static final int DIGEST = 32;

    private final Path dir;
    private final String version;

    /** @param dirOrNull the folder, or null for a cache that remembers nothing */
    public FileCache(Path dirOrNull) {
        this(dirOrNull, QuodVersion.current().quod());
    }

    /** As another version of Quod would key it: for tests that a new version never reads old entries. */
    FileCache(Path dirOrNull, String version) {
        this.dir = dirOrNull;
        this.version = version;
    }

    /** The key of {@code parts}, with Quod's version always among them. */
    public String key(String... parts) {
        MessageDigest sha = sha256();
        update(sha, version);
        for (String part : parts) {
            update(sha, part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public Optional<byte[]> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            Path file = fileOf(key);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            byte[] stored = Files.readAllBytes(file);
            if (stored.length < DIGEST) {
                return Optional.empty();
            }
            byte[] value = Arrays.copyOfRange(stored, DIGEST, stored.length);
            return Arrays.equals(Arrays.copyOf(stored, DIGEST), sha256().digest(value)) ? Optional.of(value) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Optional<String> getString(String key) {
        return get(key).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public void put(String key, byte[] value) {
        if (dir == null) {
            return;
        }
        try {
            AtomicFile.write(fileOf(key), ByteBuffer.allocate(DIGEST + value.length).put(sha256().digest(value)).put(value).array());
        } catch (IOException e) {
            // not being able to cache must not fail the build; the next build works it out again
        }
    }

    public void putString(String key, String value) {
        put(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private Path fileOf(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /** A new SHA-256 digest: the hash every key and check of Quod's caches is made with. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
