package quod.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import quod.site.Folders;

/**
 * The sites the browser tests load, each built once per test JVM and shared by the test classes:
 * building the default site renders every formula in KaTeX and takes seconds, and no browser test
 * changes a page it loads (probe pages and marked copies are written beside them under names starting
 * with {@code _}, which {@link Browser#pages} skips).
 */
final class BuiltSites {
    private static final Path ROOT = Path.of("target/browser-sites");
    /** Site folder by name; filled on first use, for the life of the test JVM. */
    private static final Map<String, Path> BUILT = new HashMap<>();

    private BuiltSites() {
    }

    /** The project's own content/, as the README's build command builds it. */
    static Path defaultSite() {
        return once("default", Browser::buildDefaultSite);
    }

    /** src/test/resources/sites/reader: every kind of block in a few short pages. */
    static Path readerFixture() {
        return once("reader", Browser::buildReaderFixture);
    }

    private interface Builder {
        Path build(Path out);
    }

    private static synchronized Path once(String name, Builder builder) {
        Path site = BUILT.get(name);
        if (site == null) {
            Path out = ROOT.resolve(name);
            try {
                Folders.deleteTree(out);
                Files.createDirectories(ROOT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            site = builder.build(out);
            BUILT.put(name, site);
        }
        return site;
    }
}
