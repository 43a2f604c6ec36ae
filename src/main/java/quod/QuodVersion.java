package quod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Versions fixed at build time: Quod's own (for --version, the pages and the built site's marker) and the
 * KaTeX WebJar's (part of the formula cache's key; the compute cache keys on its own engine version).
 */
public record QuodVersion(String quod, String katex) {

    public static QuodVersion current() {
        Properties p = new Properties();
        try (InputStream in = QuodVersion.class.getResourceAsStream("/quod/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("quod/version.properties missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuodVersion(p.getProperty("version"), p.getProperty("katex"));
    }
}
