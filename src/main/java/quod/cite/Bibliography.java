package quod.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import org.jbibtex.BibTeXEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quod.cache.FileCache;

/**
 * The works a page may cite (from its BibTeX files and the site's), and the style they are cited in.
 * Immutable. Two are equal when they come from the same files' text and the same style, so that
 * {@code quod serve} keeps a page's HTML while neither changed.
 */
public final class Bibliography {
    /** A page that names no BibTeX file: it cites nothing. */
    public static final Bibliography NONE = new Bibliography(Map.of(), CiteStyle.DEFAULT, List.of(), true, new FileCache(null));

    private final Map<String, BibTeXEntry> entries;
    private final CiteStyle style;
    private final List<String> texts;
    private final boolean complete;
    /** Formatted citations from the builds before: citeproc-java costs a second to start and more per page. */
    private final FileCache cache;

    Bibliography(Map<String, BibTeXEntry> entries, CiteStyle style, List<String> texts, boolean complete, FileCache cache) {
        this.cache = cache;
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.style = style;
        this.texts = List.copyOf(texts);
        this.complete = complete;
    }

    /**
     * Whether every file named could be read. When one could not (an error already), a key missing from the
     * rest is not reported again: it may well be in that file.
     */
    public boolean complete() {
        return complete;
    }

    /** The keys that can be cited, in the order of the files. */
    public Set<String> keys() {
        return entries.keySet();
    }

    /** Whether no BibTeX file was named. */
    public boolean isEmpty() {
        return texts.isEmpty();
    }

    public CiteStyle style() {
        return style;
    }

    /**
     * Formats a page's citations, in the order given, and its reference list. Every key must be in {@link #keys()}.
     *
     * @throws UnreadableEntry if citeproc-java cannot convert a cited entry
     */
    public References format(List<Cluster> clusters) {
        // the clusters are records of strings and booleans: their text says all they hold
        String key = cache.key("citations", style.name(), style.xml() == null ? "" : style.xml(),
                String.join("\u0000", texts), clusters.toString());
        References kept = cache.get(key).map(Bibliography::read).orElse(null);
        if (kept != null) {
            return kept;
        }
        Map<String, CSLItemData> cited = new LinkedHashMap<>();
        clusters.forEach(c -> c.cites().forEach(cite -> cited.computeIfAbsent(cite.key(),
                k -> BibTeXFile.toItem(k, entries.get(k)))));
        References references = new CitationFormatter(cited, style).format(clusters);
        cache.put(key, written(references));
        return references;
    }

    private static byte[] written(References references) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            for (List<String> list : List.of(references.citations(), references.entries())) {
                out.writeInt(list.size());
                for (String s : list) {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #written} wrote, or null when it is not that. */
    private static References read(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            List<List<String>> lists = new ArrayList<>();
            for (int l = 0; l < 2; l++) {
                List<String> list = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    int length = in.readInt();
                    if (length < 0 || length > bytes.length) {
                        return null;
                    }
                    list.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                }
                lists.add(list);
            }
            return in.available() == 0 ? new References(lists.get(0), lists.get(1)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bibliography other && texts.equals(other.texts) && style.equals(other.style)
                && complete == other.complete;
    }

    @Override
    public int hashCode() {
        return texts.hashCode() * 31 + style.hashCode();
    }
}
