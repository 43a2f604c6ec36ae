package quod.markdown;

import quod.diagnostics.Suggestions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.page.PageLinks;

/**
 * The numbered equations of every page: a display formula labelled {@code {#eq:name}} gets the next
 * number of its page, in document order. Collected from the parsed pages before any is rendered, so a
 * reference may point forwards or to another page. Immutable once collected.
 */
public final class EquationIndex {
    /** What an author may write in {@code {#...}}. */
    static final Pattern LABEL = Pattern.compile("eq:[A-Za-z0-9_.:-]+");

    private final Map<String, Map<String, Integer>> numbers;
    /** By page, the labels of equations the edition being built leaves out: their references keep the number, not a link. */
    private final Map<String, java.util.Set<String>> unlinked;

    private EquationIndex(Map<String, Map<String, Integer>> numbers, Map<String, java.util.Set<String>> unlinked) {
        this.numbers = numbers;
        this.unlinked = unlinked;
    }

    /**
     * This index, with the equations of {@code hidden} (labels by page slug) left out of the pages: a
     * reference to one still shows its number, so the text around it reads the same, but links nowhere.
     */
    public EquationIndex withHidden(Map<String, java.util.Set<String>> hidden) {
        Map<String, java.util.Set<String>> copy = new java.util.TreeMap<>();
        hidden.forEach((slug, labels) -> copy.put(slug, java.util.Set.copyOf(labels)));
        return new EquationIndex(numbers, java.util.Collections.unmodifiableMap(copy));
    }

    /** What a reference comes to: its target, or why there is none. */
    sealed interface Resolution permits Target, Miss { }

    /** A reference's target: its number and a link to it from the referring page, null when it is left out. */
    record Target(int number, String href) implements Resolution { }

    /** A reference to nothing, with a message that names what exists nearby. */
    record Miss(String message) implements Resolution { }

    /**
     * Numbers the labelled equations of {@code pages} (by slug, in site order), reporting malformed
     * labels and labels defined twice on a page.
     */
    public static EquationIndex collect(Map<String, ParsedPage> pages, Diagnostics diagnostics) {
        Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
        pages.forEach((slug, page) -> all.put(slug, collect(page, diagnostics)));
        return new EquationIndex(Map.copyOf(all), Map.of());
    }

    private static Map<String, Integer> collect(ParsedPage page, Diagnostics diagnostics) {
        SourceText text = page.text();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Node node : page.document().getDescendants()) {
            if (!(node instanceof DisplayMath math) || math.labelChars() == null) {
                continue;
            }
            BasedSequence label = math.labelChars();
            int at = label.getStartOffset() - 2;  // the "{#" before the label
            String name = label.toString();
            if (!LABEL.matcher(name).matches()) {
                diagnostics.add(text.errorAt(at, "equation label '" + name + "' is not of the form 'eq:name'"
                        + " (after 'eq:' only letters, digits and _ . : -)"));
            } else if (numbers.containsKey(name)) {
                diagnostics.add(text.errorAt(at, "equation label '" + name + "' is already defined on line "
                        + lines.get(name) + "; a label names one equation of its page"));
            } else {
                numbers.put(name, numbers.size() + 1);
                lines.put(name, text.lineOf(at));
            }
        }
        return Map.copyOf(numbers);
    }

    /** Two are equal when they number the same labels of the same pages alike. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EquationIndex other && numbers.equals(other.numbers) && unlinked.equals(other.unlinked);
    }

    @Override
    public int hashCode() {
        return numbers.hashCode() * 31 + unlinked.hashCode();
    }

    /**
     * The index as page {@code slug} can see it: the numbers of its own equations and of the pages it refers
     * to (with {@code @page#eq:name} or {@code \eqref{page#eq:name}}), and which pages the site has. Two
     * builds that give a page equal views number its references alike, so {@code quod serve} keeps the
     * page's HTML while its view is unchanged.
     */
    public Object viewFrom(String slug, ParsedPage page) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        seen.add(slug);
        for (Node node : page.document().getDescendants()) {
            if (node instanceof EquationRef ref && ref.page() != null) {
                seen.add(ref.page());
            } else if (node instanceof InlineMath math) {
                seen.addAll(TexEquationRefs.pages(math.tex().toString()));
            } else if (node instanceof DisplayMath math) {
                seen.addAll(TexEquationRefs.pages(math.texString()));
            }
        }
        Map<String, Map<String, Integer>> view = new java.util.TreeMap<>();
        seen.forEach(s -> view.put(s, numbers.get(s)));
        Map<String, Object> hidden = new java.util.TreeMap<>();
        seen.forEach(s -> hidden.put(s, new java.util.TreeSet<>(unlinked.getOrDefault(s, java.util.Set.of()))));
        return java.util.List.of(new java.util.TreeSet<>(numbers.keySet()), view, hidden);
    }

    /** The number of equation {@code label} on page {@code slug}, or null. */
    public Integer number(String slug, String label) {
        return numbers.getOrDefault(slug, Map.of()).get(label);
    }

    /**
     * Resolves a reference written on page {@code from} to {@code label} on page {@code page} (null for
     * the same page).
     */
    Resolution find(String from, String page, String label) {
        String on = page == null ? from : page;
        Map<String, Integer> labels = numbers.get(on);
        if (labels == null) {
            return new Miss("no page '" + page + "' to refer to"
                    + Suggestions.hint(page, numbers.keySet().stream().filter(s -> !s.isEmpty()).toList(), "pages", ""));
        }
        Integer n = labels.get(label);
        if (n == null) {
            return new Miss("unknown equation label '" + label + "'" + (page == null ? "" : " on page '" + page + "'")
                    + Suggestions.hint(label, labels.keySet(), "labels", page == null
                            ? "; this page labels no equation (write {#eq:name} after a closing $$)"
                            : "; that page labels no equation"));
        }
        if (unlinked.getOrDefault(on, java.util.Set.of()).contains(label)) {
            return new Target(n, null);
        }
        String href = on.equals(from) ? "#" + label : PageLinks.rootFrom(from) + PageLinks.fromRoot(on) + "#" + label;
        return new Target(n, href);
    }
}
