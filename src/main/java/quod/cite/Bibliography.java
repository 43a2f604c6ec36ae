package quod.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import org.jbibtex.BibTeXEntry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The works a page may cite (from its BibTeX files and the site's), and the style they are cited in.
 * Immutable. Two are equal when they come from the same files' text and the same style, so that
 * {@code quod serve} keeps a page's HTML while neither changed.
 */
public final class Bibliography {
    /** A page that names no BibTeX file: it cites nothing. */
    public static final Bibliography NONE = new Bibliography(Map.of(), CiteStyle.DEFAULT, List.of(), true);

    private final Map<String, BibTeXEntry> entries;
    private final CiteStyle style;
    private final List<String> texts;
    private final boolean complete;

    Bibliography(Map<String, BibTeXEntry> entries, CiteStyle style, List<String> texts, boolean complete) {
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
        Map<String, CSLItemData> cited = new LinkedHashMap<>();
        clusters.forEach(c -> c.cites().forEach(cite -> cited.computeIfAbsent(cite.key(),
                key -> BibTeXFile.toItem(key, entries.get(key)))));
        return new CitationFormatter(cited, style).format(clusters);
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
