package quod.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quod.html.Html;

/**
 * Formats one page's citations with citeproc-java. citeproc-java 3.5 renders a citation's works and the
 * reference list, but ignores CSL's "suppress-author" and "author-only", so those two are made here:
 * <ul>
 * <li>{@code [-@key]} is the citation rendered with the work's authors replaced by a marker, which is then
 *     cut out with the punctuation after it: "(Kunin et al. 2019)" becomes "(2019)";</li>
 * <li>{@code @key} in the text is the authors as the style writes them in a citation (the part of "(Kunin et
 *     al. 2019)" that "(2019)" lacks), then the citation without them: "Kunin et al. (2019)". A numeric style
 *     writes no authors in citations; then the authors' family names are used: "Kunin et al. [1]".</li>
 * </ul>
 * Each work's part of a citation is wrapped in markers (private-use characters, passed through as text by
 * the HTML output) so that it becomes a link to its entry in the reference list.
 */
final class CitationFormatter {
    private static final char OPEN = '\uE001';
    private static final char CLOSE = '\uE002';
    /** The first of the characters after {@link #OPEN} that say which work of the cluster follows. */
    private static final char FIRST = '\uE100';
    private static final String NO_AUTHOR = "\uE000";
    private static final Pattern LINKED = Pattern.compile(OPEN + "(.)(.*?)" + CLOSE, Pattern.DOTALL);
    private static final Pattern MARKER_AND_PUNCTUATION = Pattern.compile(NO_AUTHOR + "((?:</[a-z]+>)*)[\\s,;:]*");

    private final Map<String, CSLItemData> items;
    private final CiteStyle style;
    /** citeproc-java for citations without authors, made when a page first needs one. */
    private CSL scratch;

    CitationFormatter(Map<String, CSLItemData> items, CiteStyle style) {
        this.items = items;
        this.style = style;
    }

    References format(List<Cluster> clusters) {
        Set<String> cited = new LinkedHashSet<>();
        clusters.forEach(c -> c.cites().forEach(cite -> cited.add(cite.key())));
        List<CSLItemData> used = cited.stream().map(items::get).toList();
        try {
            CSL csl = processor(used);
            csl.registerCitationItems(cited.toArray(String[]::new));
            String[] texts = new String[clusters.size()];
            for (int i = 0; i < clusters.size(); i++) {
                for (Citation c : csl.makeCitation(citation(clusters.get(i).cites(), false))) {
                    // a later citation may change an earlier one (a year suffix to tell two works apart)
                    texts[c.getIndex()] = c.getText();
                }
            }
            List<String> html = new ArrayList<>();
            for (int i = 0; i < clusters.size(); i++) {
                html.add(html(clusters.get(i), texts[i]));
            }
            return new References(html, entries(csl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CSL processor(List<CSLItemData> data) throws IOException {
        CSL csl = new CSL(new ListItemDataProvider(data), style.forCiteproc());
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
        return csl;
    }

    /** citeproc-java's input for a cluster: each work with its prefix, locator and suffix, wrapped in markers. */
    private CSLCitation citation(List<Cite> cites, boolean withoutAuthors) {
        List<CSLCitationItem> out = new ArrayList<>();
        for (int i = 0; i < cites.size(); i++) {
            Cite c = cites.get(i);
            String id = withoutAuthors && c.suppressAuthor() ? c.key() + NO_AUTHOR : c.key();
            var item = new CSLCitationItemBuilder(id)
                    .prefix((c.prefix().isEmpty() ? "" : c.prefix() + " ") + OPEN + (char) (FIRST + i))
                    .suffix(CLOSE + (c.suffix().isEmpty() || c.suffix().startsWith(",") ? c.suffix() : " " + c.suffix()));
            if (!c.locator().isEmpty()) {
                item.locator(c.locator()).label(c.label().isEmpty() ? CSLLabel.PAGE : CSLLabel.fromString(c.label()));
            }
            out.add(item.build());
        }
        return new CSLCitation(out.toArray(CSLCitationItem[]::new));
    }

    /** The cluster's HTML from citeproc-java's rendering of it with all authors. */
    private String html(Cluster cluster, String rendered) throws IOException {
        List<Cite> cites = cluster.cites();
        if (cluster.narrative()) {
            Cite cite = cites.get(0);
            String withAuthor = render(List.of(new Cite(cite.key(), "", cite.locator(), cite.label(), "", false)));
            String without = render(List.of(new Cite(cite.key(), "", cite.locator(), cite.label(), "", true)));
            String text;
            if (without.contains(NO_AUTHOR)) {
                without = MARKER_AND_PUNCTUATION.matcher(without).replaceAll("$1");
                text = authorsIn(withAuthor, without) + " " + without;
            } else {
                text = Html.escape(familyNames(items.get(cite.key()))) + " " + rendered;
            }
            return link(unmark(text), cite.key());
        }
        if (cites.stream().anyMatch(Cite::suppressAuthor)) {
            String without = render(cites);
            if (without.contains(NO_AUTHOR)) {
                rendered = MARKER_AND_PUNCTUATION.matcher(without).replaceAll("$1");
            }
        }
        return links(rendered, cites);
    }

    /** A cluster rendered by the scratch processor, where {@code key + NO_AUTHOR} is the work without authors. */
    private String render(List<Cite> cites) throws IOException {
        if (scratch == null) {
            List<CSLItemData> data = new ArrayList<>(items.values());
            for (CSLItemData item : items.values()) {
                data.add(new CSLItemDataBuilder(item).id(item.getId() + NO_AUTHOR)
                        .author(new CSLNameBuilder().literal(NO_AUTHOR).build()).build());
            }
            scratch = processor(data);
        }
        scratch.reset();
        return scratch.makeCitation(citation(cites, true)).get(0).getText();
    }

    /** What {@code with} has that {@code without} lacks: the authors, without the punctuation after them. */
    private static String authorsIn(String with, String without) {
        int start = 0;
        while (start < with.length() && start < without.length() && with.charAt(start) == without.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < with.length() - start && end < without.length() - start
                && with.charAt(with.length() - 1 - end) == without.charAt(without.length() - 1 - end)) {
            end++;
        }
        return unmark(with.substring(start, with.length() - end)).replaceAll("[\\s,;:]+$", "").strip();
    }

    /** "Baldi", "Baldi and Hornik", "Kunin et al.": the authors' (else editors') family names. */
    static String familyNames(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null ? item.getAuthor() : item.getEditor();
        if (names == null || names.length == 0) {
            return item.getTitle() != null ? item.getTitle() : item.getId();
        }
        String first = familyName(names[0]);
        return names.length == 1 ? first : names.length == 2 ? first + " and " + familyName(names[1]) : first + " et al.";
    }

    private static String familyName(CSLName name) {
        return name.getFamily() != null ? name.getFamily() : name.getLiteral() != null ? name.getLiteral() : "";
    }

    /** Each work's part of the citation as a link to its entry; markers citeproc-java did not keep in pairs are dropped. */
    private static String links(String rendered, List<Cite> cites) {
        Matcher m = LINKED.matcher(rendered);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = m.group(1).charAt(0) - FIRST;
            String key = i >= 0 && i < cites.size() ? cites.get(i).key() : null;
            m.appendReplacement(out, Matcher.quoteReplacement(key == null ? m.group(2) : link(m.group(2), key)));
        }
        m.appendTail(out);
        return unmark(out.toString());
    }

    private static String link(String html, String key) {
        return "<a class=\"citation\" href=\"#" + Html.escape(refId(key)) + "\">" + html + "</a>";
    }

    private static String unmark(String s) {
        return s.replaceAll("[" + OPEN + CLOSE + "\uE100-\uE1FF" + NO_AUTHOR + "]", "");
    }

    /** The id of a work's entry in the reference list. */
    static String refId(String key) {
        return "ref-" + key;
    }

    /**
     * The reference list's entries, each with the id citations link to. citeproc-java gives no ids for its
     * entries, but writes them in the order of its registered items.
     */
    private static List<String> entries(CSL csl) {
        String[] entries = csl.makeBibliography().getEntries();
        List<CSLItemData> ids = List.copyOf(csl.getRegisteredItems());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            out.add(entries[i].strip().replaceFirst("^<div class=\"csl-entry\">",
                    Matcher.quoteReplacement("<div class=\"csl-entry\" id=\"" + Html.escape(refId(ids.get(i).getId())) + "\">")));
        }
        return out;
    }
}
