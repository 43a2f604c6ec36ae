package quod;

import java.io.ByteArrayInputStream;
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
 * <p>The class loader can open a resource by name but cannot list a folder, so this reads the jar (or
 * folder) Quod's classes came from. It opens its own {@link JarFile} each time rather than a zip file
 * system: those are shared by the whole JVM, and one build closing one would pull it from under another.
 */
public final class BundledFiles {
    private final Path location;
    private final String root;

    /**
     * @param location a jar file, or a folder of classes and resources
     * @param root     a folder inside it, e.g. {@code quod/theme} (no leading or trailing slash)
     */
    public BundledFiles(Path location, String root) {
        this.location = location;
        this.root = root;
    }

    /** The folder {@code root} of Quod's own jar (or classes folder). */
    public static BundledFiles ofQuod(String root) {
        CodeSource source = BundledFiles.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell where Quod was loaded from, so cannot read its bundled files");
        }
        try {
            return new BundledFiles(Path.of(source.getLocation().toURI()), root);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read Quod's own location " + source.getLocation(), e);
        }
    }

    /** The files under the folder, as paths relative to it with '/', sorted. */
    public List<String> list() throws IOException {
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

    /** Opens {@code relative}, one of {@link #list()}. */
    public InputStream open(String relative) throws IOException {
        if (Files.isDirectory(location)) {
            return Files.newInputStream(location.resolve(root).resolve(relative));
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            JarEntry entry = jar.getJarEntry(root + "/" + relative);
            if (entry == null || entry.isDirectory()) {
                throw new IOException(location.getFileName() + " has no " + root + "/" + relative);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                // read whole, so the jar is closed when this returns; the files are small
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }
}
