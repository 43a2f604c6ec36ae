package quod.cite;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import quod.cache.FileCache;
import quod.diagnostics.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXEntry;
import quod.config.Citing;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/**
 * The citation stage's loading half: reads the BibTeX files that {@code site.yml} and the pages name (each
 * once, however many pages name it) and finds their styles. A file that is missing or that JBibTeX cannot
 * read is reported once, at the line JBibTeX gives, and cites nothing. Nothing here starts citeproc-java's
 * formatter: that happens only for a page that cites something.
 */
public final class Bibliographies {
    private final Path root;
    private final String rootDisplay;
    private final Citing site;
    private final Diagnostics diagnostics;
    private final FileCache cache;
    /** Each file read so far, by its absolute path; null for one that could not be read. */
    private final Map<Path, Loaded> files = new HashMap<>();
    private final Map<String, CiteStyle> styles = new HashMap<>();

    /** A .bib file's text and works. */
    private record Loaded(String text, Map<String, BibTeXEntry> entries) { }

    /**
     * @param root        the content folder, which site.yml's paths are relative to
     * @param rootDisplay how the content folder is named in messages
     * @param site        what site.yml names
     */
    public Bibliographies(Path root, String rootDisplay, Citing site, Diagnostics diagnostics) {
        this(root, rootDisplay, site, diagnostics, new FileCache(null));
    }

    /** @param cache where formatted citations are kept from build to build */
    public Bibliographies(Path root, String rootDisplay, Citing site, Diagnostics diagnostics, FileCache cache) {
        this.cache = cache;
        this.root = root;
        this.rootDisplay = rootDisplay;
        this.site = site;
        this.diagnostics = diagnostics;
    }

    /**
     * What page {@code path} (its Markdown file in the content folder) may cite: the site's files, then its own,
     * whose entries replace the site's of the same key; in its own style, else the site's, else the default.
     */
    public Bibliography forPage(String path, Citing page) {
        if (site.isEmpty() && page.isEmpty()) {
            return Bibliography.NONE;
        }
        Path folder = root.resolve(path).getParent();
        Map<String, BibTeXEntry> items = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        boolean complete = add(site.bibliography(), root, items, texts) & add(page.bibliography(), folder, items, texts);
        CiteStyle style = page.csl() != null ? style(page.csl(), folder)
                : site.csl() != null ? style(site.csl(), root) : CiteStyle.DEFAULT;
        if (texts.isEmpty() && items.isEmpty()) {
            // a style without files: nothing to cite, but the style was checked
            return new Bibliography(Map.of(), style, List.of(""), complete, cache);
        }
        return new Bibliography(items, style, texts, complete, cache);
    }

    /** Adds the works of the files {@code named}; whether every one could be read. */
    private boolean add(List<Citing.Setting> named, Path base, Map<String, BibTeXEntry> items, List<String> texts) {
        boolean all = true;
        for (Citing.Setting setting : named) {
            Loaded loaded = load(setting, base);
            if (loaded != null) {
                items.putAll(loaded.entries());
                texts.add(loaded.text());
            } else {
                all = false;
            }
        }
        return all;
    }

    /** Every BibTeX file named so far (absolute): sources of the site, like site.yml, not files it publishes. */
    public java.util.Set<Path> named() {
        return java.util.Set.copyOf(files.keySet());
    }

    private Loaded load(Citing.Setting setting, Path base) {
        Path file = base.resolve(setting.value()).toAbsolutePath().normalize();
        if (files.containsKey(file)) {
            return files.get(file);
        }
        Loaded loaded = null;
        if (!Files.isRegularFile(file)) {
            diagnostics.add(setting.error("bibliography: no file '" + setting.value() + "' (looked for "
                    + display(file) + "); the path is relative to the file that names it"));
        } else {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                String lines = text.replace("\r\n", "\n").replace('\r', '\n');
                Map<String, BibTeXEntry> items = BibTeXFile.read(new SourceText(display(file), lines), diagnostics);
                loaded = items == null ? null : new Loaded(lines, items);
            } catch (CharacterCodingException e) {
                diagnostics.add(Diagnostic.error(display(file), "is not UTF-8 text; save the .bib file as UTF-8"));
            } catch (IOException e) {
                diagnostics.add(setting.error("bibliography: cannot read '" + setting.value() + "': " + e.getMessage()));
            }
        }
        files.put(file, loaded);
        return loaded;
    }

    private CiteStyle style(Citing.Setting setting, Path base) {
        String key = base + "\n" + setting.value();
        if (styles.containsKey(key)) {
            return styles.get(key);
        }
        CiteStyle style = CiteStyle.DEFAULT;
        String value = setting.value();
        if (value.endsWith(".csl") || value.contains("/") || value.contains("\\")) {
            Path file = base.resolve(value).toAbsolutePath().normalize();
            try {
                style = new CiteStyle(value, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                diagnostics.add(setting.error("csl: cannot read the style file '" + value + "' (looked for "
                        + display(file) + "); name a .csl file relative to the file that names it, or a style "
                        + "such as 'ieee' or 'apa'"));
            }
        } else if (CiteStyle.BUNDLED.contains(value) && CSL.supportsStyle(value)) {
            style = new CiteStyle(value, null);
        } else {
            String near = Suggestions.closest(value, CiteStyle.BUNDLED);
            diagnostics.add(setting.error("csl: no style '" + value + "'" + (near != null ? "; did you mean '" + near + "'?"
                    : ";") + " Quod bundles " + String.join(", ", CiteStyle.BUNDLED) + "; for any other, download "
                    + "its .csl file (https://www.zotero.org/styles) and name the file"));
        }
        styles.put(key, style);
        return style;
    }

    /** A file as messages name it: under the content folder's name when inside it, else from the working folder. */
    private String display(Path file) {
        Path abs = root.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = file.startsWith(abs) ? Path.of(rootDisplay).resolve(abs.relativize(file))
                : file.startsWith(cwd) ? cwd.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }
}
