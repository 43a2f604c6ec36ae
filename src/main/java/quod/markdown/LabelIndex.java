package quod.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.Suggestions;
import quod.page.PageLinks;

/**
 * The numbered things of every page (equations, environments, figures, tables, problems) and their labels,
 * collected from the parsed pages before any is rendered, so a reference may point forwards or to another
 * page. Immutable once collected.
 */
public final class LabelIndex {
    /** What an author may write in {@code {#...}} after display math. */
    static final Pattern EQUATION_LABEL = Pattern.compile("eq:[A-Za-z0-9_.:-]+");

    private final Map<String, PageLabels> pages;
    private final Map<String, String> titles;
    /** By page, the labels of things the edition being built leaves out: their references keep the number, not a link. */
    private final Map<String, Set<String>> unlinked;

    private LabelIndex(Map<String, PageLabels> pages, Map<String, String> titles, Map<String, Set<String>> unlinked) {
        this.pages = pages;
        this.titles = titles;
        this.unlinked = unlinked;
    }

    /**
     * This index, with the labelled things of {@code hidden} (labels by page slug) left out of the pages: a
     * reference to one still shows its number, so the text around it reads the same, but links nowhere.
     */
    public LabelIndex withHidden(Map<String, Set<String>> hidden) {
        Map<String, Set<String>> copy = new TreeMap<>();
        hidden.forEach((slug, labels) -> copy.put(slug, Set.copyOf(labels)));
        return new LabelIndex(pages, titles, Collections.unmodifiableMap(copy));
    }

    /** What a reference comes to: its target, or why there is none. */
    sealed interface Resolution permits Target, Miss { }

    /**
     * A reference's target.
     *
     * @param kind   what it is
     * @param number its number ("2"), or a problem's label ("3(b)")
     * @param href   a link to it from the referring page, null when the edition leaves it out
     * @param page   the title of its page when that is not the referring page, else null
     */
    record Target(LabelKind kind, String number, String href, String page) implements Resolution { }

    /** A reference to nothing, with a message that names what exists nearby. */
    record Miss(String message) implements Resolution { }

    /**
     * Numbers the labelled things of {@code pages} (by slug, in site order) with the default counters, each
     * page named by its slug.
     */
    public static LabelIndex collect(Map<String, ParsedPage> pages, Diagnostics diagnostics) {
        Map<String, String> titles = new LinkedHashMap<>();
        pages.keySet().forEach(slug -> titles.put(slug, slug));
        return collect(pages, titles, Counters.DEFAULT, diagnostics);
    }

    /**
     * Numbers the numbered things of {@code pages} (by slug, in site order), each page counting from 1,
     * reporting malformed labels and labels defined twice on a page.
     *
     * @param titles each page's title, which a reference from another page names
     */
    public static LabelIndex collect(Map<String, ParsedPage> pages, Map<String, String> titles, Counters counters,
                                     Diagnostics diagnostics) {
        Map<String, String> groups = new LinkedHashMap<>();
        pages.keySet().forEach(slug -> groups.put(slug, slug));
        return collect(pages, titles, counters, groups, diagnostics);
    }

    /**
     * As {@link #collect(Map, Map, Counters, Diagnostics)}, with numbers running on through the pages that
     * {@code groups} gives one key (the pages of a section), in site order.
     *
     * @param groups for each page's slug, the key of the pages it counts on with
     */
    public static LabelIndex collect(Map<String, ParsedPage> pages, Map<String, String> titles, Counters counters,
                                     Map<String, String> groups, Diagnostics diagnostics) {
        Map<String, PageLabels> all = new LinkedHashMap<>();
        Map<String, Map<LabelKind, Integer>> counts = new java.util.HashMap<>();
        pages.forEach((slug, page) -> {
            String group = groups.getOrDefault(slug, slug);
            PageLabels labels = PageLabels.of(page, counters, counts.getOrDefault(group, Map.of()), diagnostics);
            counts.put(group, labels.after());
            all.put(slug, labels);
        });
        return new LabelIndex(Collections.unmodifiableMap(all), Map.copyOf(titles), Map.of());
    }

    /** Two are equal when they number the same labels of the same pages alike. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LabelIndex other && pages.equals(other.pages) && titles.equals(other.titles)
                && unlinked.equals(other.unlinked);
    }

    @Override
    public int hashCode() {
        return (pages.hashCode() * 31 + titles.hashCode()) * 31 + unlinked.hashCode();
    }

    /**
     * The index as page {@code slug} can see it: the labels of its own page and of the pages it refers to
     * (with {@code @page#label} or {@code \eqref{page#eq:name}}), their titles, and which pages the site has. Two
     * builds that give a page equal views number its references alike, so {@code quod serve} keeps the
     * page's HTML while its view is unchanged.
     */
    public Object viewFrom(String slug, ParsedPage page) {
        Set<String> seen = new TreeSet<>(page.referencedPages());
        seen.add(slug);
        Map<String, Object> view = new TreeMap<>();
        seen.forEach(s -> view.put(s, pages.get(s) == null ? null
                : List.of(new TreeMap<>(pages.get(s).labels()), new TreeMap<>(pages.get(s).before()), String.valueOf(titles.get(s)),
                        new TreeSet<>(unlinked.getOrDefault(s, Set.of())))));
        return List.of(new TreeSet<>(pages.keySet()), view);
    }

    /** The number of equation {@code label} on page {@code slug}, or null. */
    public Integer number(String slug, String label) {
        PageLabels labels = pages.get(slug);
        PageLabels.Entry e = labels == null ? null : labels.labels().get(label);
        return e == null || e.kind() != LabelKind.EQUATION ? null : Integer.valueOf(e.number());
    }

    /** The numbers of page {@code slug}'s environments, figures and tables, or null for a page not in the index. */
    PageLabels page(String slug) {
        return pages.get(slug);
    }

    /**
     * Resolves a reference written on page {@code from} to {@code label} on page {@code page} (null for
     * the same page).
     */
    Resolution find(String from, String page, String label) {
        String on = page == null ? from : page;
        PageLabels labels = pages.get(on);
        if (labels == null) {
            return new Miss("no page '" + page + "' to refer to"
                    + Suggestions.hint(page, pages.keySet().stream().filter(s -> !s.isEmpty()).toList(), "pages", ""));
        }
        LabelKind kind = LabelKind.ofLabel(label);
        PageLabels.Entry e = labels.labels().get(label);
        if (e == null) {
            List<String> sameKind = labels.labels().entrySet().stream().filter(x -> x.getValue().kind() == kind)
                    .map(Map.Entry::getKey).toList();
            String name = label.substring(label.indexOf(':') + 1);
            // "@lem:ey" for a theorem labelled thm:ey: the name is right, the kind is not
            String otherKind = labels.labels().keySet().stream().filter(l -> l.substring(l.indexOf(':') + 1).equals(name))
                    .findFirst().orElse(null);
            return new Miss("unknown " + kind.noun() + " label '" + label + "'" + (page == null ? "" : " on page '" + page + "'")
                    + (otherKind != null && Suggestions.closest(label, sameKind) == null ? "; did you mean '" + otherKind + "'?"
                    : Suggestions.hint(label, sameKind, "labels", (page == null ? "; this page labels no " : "; that page labels no ")
                            + kind.noun() + (page == null ? " (" + howToLabel(kind) + ")" : ""))));
        }
        String title = on.equals(from) ? null : titles.getOrDefault(on, on);
        if (unlinked.getOrDefault(on, Set.of()).contains(label)) {
            return new Target(e.kind(), e.number(), null, title);
        }
        String href = on.equals(from) ? "#" + e.anchor() : PageLinks.rootFrom(from) + PageLinks.fromRoot(on) + "#" + e.anchor();
        return new Target(e.kind(), e.number(), href, title);
    }

    private static String howToLabel(LabelKind kind) {
        return switch (kind) {
            case EQUATION -> "write {#eq:name} after a closing $$";
            case FIGURE -> "write ': Caption {#fig:name}' after a plot block or an image";
            case TABLE -> "write ': Caption {#tbl:name}' after a table";
            case PROBLEM -> "write '::: problem 3(b)'";
            default -> "write '::: " + kind.noun() + " {#" + kind.prefix() + ":name}'";
        };
    }
}
