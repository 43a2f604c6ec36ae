package quod;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A folder of files shipped inside Quod (the bundled theme, the starter site of {@code quod init}): lists
 * and opens them, from quod.jar or, when running from the build tree, from {@code target/classes}.
 *
 * <p>The class loader can open a resource by name but cannot list a folder, so the listing reads the jar
 * (or folder) Quod's classes came from. It opens its own {@link JarFile} each time rather than a zip file
 * system: those are shared by the whole JVM, and one build closing it would pull it from under another.
 */
public final class BundledFiles {
    private final String root;

    /** @param root a resource folder, e.g. {@code quod/theme} (no leading or trailing slash) */
    public BundledFiles(String root) {
        this.root = root;
    }

    /** The files under the folder, as paths relative to it with '/', sorted. */
    public List<String> list() throws IOException {
        Path location = codeLocation();
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            Path dir = location.resolve(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile)
                            .forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
                }
            }
        } else {
            String prefix = root + "/";
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry e = entries.nextElement();
                    if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                        names.add(e.getName().substring(prefix.length()));
                    }
                }
            }
        }
        names.sort(null);
        return List.copyOf(names);
    }

    /** Whether the folder has {@code relative}. */
    public boolean has(String relative) {
        return BundledFiles.class.getClassLoader().getResource(root + "/" + relative) != null;
    }

    /** Opens {@code relative}, one of {@link #list()}. */
    public InputStream open(String relative) throws IOException {
        InputStream in = BundledFiles.class.getClassLoader().getResourceAsStream(root + "/" + relative);
        if (in == null) {
            throw new IOException("Quod's jar has no " + root + "/" + relative);
        }
        return in;
    }

    /** The jar file, or the classes folder, Quod was loaded from. */
    private static Path codeLocation() throws IOException {
        CodeSource source = BundledFiles.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IOException("cannot tell where Quod was loaded from, so cannot list its bundled files");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot read Quod's own location " + source.getLocation() + ": " + e.getMessage());
        }
    }
}
