package quod.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies KaTeX's stylesheet and fonts (and, for client-side math, its scripts) from the KaTeX WebJar
 * into {@code assets/katex/}, with KaTeX's licence beside them: its MIT licence asks that the notice
 * travel with every copy, and the site is one.
 */
final class KatexAssets {
    private final String webjar;
    private final String base;
    private final Kept kept;

    KatexAssets(String katexVersion) {
        this(katexVersion, Kept.NONE);
    }

    /** With the files and the list of fonts kept from one build of {@code quod serve} to the next. */
    KatexAssets(String katexVersion, Kept kept) {
        this.webjar = "META-INF/resources/webjars/katex/" + katexVersion + "/";
        this.base = webjar + "dist/";
        this.kept = kept;
    }

    void copy(SiteWriter out, boolean withScripts) throws IOException {
        copy(out, webjar + "LICENSE", "assets/katex/LICENSE");
        copyOne(out, "katex.min.css");
        // Copy-as-TeX: selecting formulas and copying puts their TeX (from the MathML annotation, which both
        // math modes write) on the clipboard. A small script of its own; it needs no katex.min.js.
        copyOne(out, "contrib/copy-tex.min.js");
        if (withScripts) {
            copyOne(out, "katex.min.js");
            copyOne(out, "contrib/auto-render.min.js");
        }
        List<String> fonts = kept("katex-fonts", base, this::fonts);
        for (String font : fonts) {
            copyOne(out, "fonts/" + font);
        }
    }

    private void copyOne(SiteWriter out, String name) throws IOException {
        copy(out, base + name, "assets/katex/" + name);
    }

    private void copy(SiteWriter out, String resource, String path) throws IOException {
        out.write(path, kept("katex:" + resource, resource, () -> read(resource)));
    }

    private byte[] read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("KaTeX WebJar has no " + resource);
            }
            return in.readAllBytes();
        }
    }

    /** What {@code read} reads, kept from one build of {@code quod serve} to the next: the jar does not change. */
    private <T> T kept(String key, Object inputs, Reader<T> read) throws IOException {
        try {
            return kept.keep(key, inputs, () -> {
                try {
                    return read.read();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface Reader<T> {
        T read() throws IOException;
    }

    /**
     * The font files in the WebJar, sorted; read from the jar the stylesheet is in. The jar is opened as a
     * zip file system of this call's own ({@link FileSystems#newFileSystem(Path)} does not register it
     * JVM-wide, unlike opening it by its {@code jar:} URI), so two builds in one process (quod serve) can
     * never close one under the other.
     */
    List<String> fonts() throws IOException {
        URL css = getClass().getClassLoader().getResource(base + "katex.min.css");
        if (css == null) {
            throw new IOException("KaTeX WebJar not on the class path");
        }
        try {
            if (css.getProtocol().equals("jar")) {
                URL jar = ((JarURLConnection) css.openConnection()).getJarFileURL();
                try (FileSystem fs = FileSystems.newFileSystem(Path.of(jar.toURI()))) {
                    return list(fs.getPath("/" + base + "fonts"));
                }
            }
            return list(Path.of(css.toURI()).resolveSibling("fonts"));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
