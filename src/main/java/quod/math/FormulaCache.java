package quod.math;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Rendered formulas on disk, one small file per formula, keyed on a SHA-256 of everything the HTML
 * depends on: KaTeX version, options and macros, display mode and the TeX itself. A missing or
 * unreadable entry is simply a miss; writes go through a temporary file so a crash leaves no half entry.
 */
public final class FormulaCache {
    private final Path dir;
    private final String fingerprint;

    public FormulaCache(Path dir, KatexOptions options) {
        this.dir = dir;
        this.fingerprint = options.fingerprint();
    }

    /** A cache that remembers nothing, for builds run without a cache folder. */
    public static FormulaCache none(KatexOptions options) {
        return new FormulaCache(null, options);
    }

    public String key(String tex, boolean display) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((byte) (display ? 'D' : 'I'));
            sha.update(tex.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String get(String key) {
        if (dir == null) {
            return null;
        }
        Path file = fileOf(key);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    public void put(String key, String html) {
        if (dir == null) {
            return;
        }
        Path file = fileOf(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key, ".tmp");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a cache that cannot be written only costs time on the next build
        }
    }

    private Path fileOf(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".html");
    }
}
