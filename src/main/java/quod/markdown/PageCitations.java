package quod.markdown;

import quod.diagnostics.Suggestions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import quod.cite.Bibliography;
import quod.cite.References;
import quod.cite.UnreadableEntry;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/**
 * A page's citations formatted together (a numeric style numbers them in order; an author-date style tells
 * two works of one author and year apart), with its reference list. A page that cites nothing never starts
 * the formatter. A citation of a key the page's bibliography lacks is an error at the key.
 */
final class PageCitations {
    static final PageCitations NONE = new PageCitations(Map.of(), "");

    private final Map<Citation, String> html;
    private final String referenceList;

    private PageCitations(Map<Citation, String> html, String referenceList) {
        this.html = html;
        this.referenceList = referenceList;
    }

    static PageCitations of(Document document, Bibliography bibliography, SourceText text, Diagnostics diagnostics,
                            HiddenParts hidden) {
        List<Citation> known = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            // every key is checked in every edition; what a part the edition leaves out cites is not listed
            if (node instanceof Citation citation && resolves(citation, bibliography, text, diagnostics)
                    && !hidden.hides(citation)) {
                known.add(citation);
            }
        }
        if (known.isEmpty()) {
            return NONE;
        }
        References references;
        try {
            references = bibliography.format(known.stream().map(Citation::cluster).toList());
        } catch (UnreadableEntry e) {
            Citation first = known.stream().filter(c -> c.items().stream().anyMatch(i -> i.cite().key().equals(e.key())))
                    .findFirst().orElseThrow();
            int at = first.items().stream().filter(i -> i.cite().key().equals(e.key())).findFirst().orElseThrow().keyOffset();
            diagnostics.add(text.errorAt(at, e.getMessage()));
            return NONE;
        }
        Map<Citation, String> html = new IdentityHashMap<>();
        for (int i = 0; i < known.size(); i++) {
            html.put(known.get(i), references.citations().get(i));
        }
        boolean titled = ids(document).contains("references");
        StringBuilder list = new StringBuilder("<section class=\"references\"")
                // no accessible name: a named <section> is a landmark, and the print page holds one list per page
                .append(titled ? ">\n" : ">\n<h2 id=\"references\">References</h2>\n")
                .append("<div class=\"csl-bib-body\">\n");
        references.entries().forEach(e -> list.append(e).append('\n'));
        list.append("</div>\n</section>\n");
        return new PageCitations(html, list.toString());
    }

    /** Whether every key of {@code citation} is in the bibliography; an error at each that is not. */
    private static boolean resolves(Citation citation, Bibliography bibliography, SourceText text, Diagnostics diagnostics) {
        boolean all = true;
        for (Citation.Item item : citation.items()) {
            String key = item.cite().key();
            if (!bibliography.keys().contains(key)) {
                if (bibliography.complete()) {
                    diagnostics.add(text.errorAt(item.keyOffset(), "unknown citation key '" + key + "'"
                            + Suggestions.hint(key, bibliography.keys(), "keys", bibliography.isEmpty()
                                    ? "; this page names no bibliography (add 'bibliography: references.bib' to site.yml "
                                    + "or the page's front matter), or write \\@ for a plain @"
                                    : "; its bibliography has no entries")));
                }
                all = false;
            }
        }
        return all;
    }

    /** The ids the page's headings got, which the reference list's heading must not repeat. */
    private static java.util.Set<String> ids(Document document) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h && h.getAnchorRefId() != null) {
                ids.add(h.getAnchorRefId());
            }
        }
        return ids;
    }

    /** The citation's HTML, or null for one with an unknown key. */
    String html(Citation citation) {
        return html.get(citation);
    }

    /** The reference list, or "" when the page cites nothing. */
    String referenceList() {
        return referenceList;
    }

    /** Whether the list has a heading of its own, which the table of contents lists. */
    boolean hasOwnHeading() {
        return referenceList.contains("<h2 id=\"references\">");
    }
}
