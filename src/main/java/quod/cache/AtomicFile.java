package quod.cache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replacing a file so that a reader finds the old file or the whole new one, never a part: the new content
 * is written to a temporary file beside it and moved into place, atomically where the file system can (a
 * plain replacing move where it cannot). A write that fails leaves the old file and no temporary one.
 */
public final class AtomicFile {
    /** Writes the new content into the temporary file it is given. */
    public interface Content {
        void writeTo(Path tmp) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, tmp -> Files.write(tmp, bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
        try {
            content.writeTo(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
