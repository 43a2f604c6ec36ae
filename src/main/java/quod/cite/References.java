package quod.cite;

import java.util.List;

/**
 * A page's citations as HTML, in the order they were given, and its reference list.
 *
 * @param citations one HTML fragment per cluster, each work a link to its entry
 * @param entries   the reference list's entries in the style's order; each a {@code div} with id {@code ref-KEY}
 */
public record References(List<String> citations, List<String> entries) {
    public References {
        citations = List.copyOf(citations);
        entries = List.copyOf(entries);
    }
}
