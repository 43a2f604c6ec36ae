package quod.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quod.diagnostics.Diagnostic;

/**
 * How numbered statements count, from {@code site.yml}'s {@code numbering:}: which counter each kind counts on
 * ({@code counters:}, a kind named as its own counter counts alone), and whether counting starts again on each
 * page or runs on through the pages of a section ({@code within: page} or {@code section}).
 *
 * @param counters  for each kind of {@link #KINDS}, the kind whose counter it counts on
 * @param bySection whether numbers run on through a section's pages instead of starting at 1 on each page
 */
public record Numbering(Map<String, String> counters, boolean bySection) {
    /** The numbered statements, as their divs are written. */
    public static final List<String> KINDS = List.of("theorem", "lemma", "proposition", "corollary", "definition",
            "example", "remark");
    static final java.util.Set<String> KEYS = java.util.Set.of("counters", "within");

    /** Theorems, lemmas, propositions and corollaries on one counter, the rest alone, starting on each page. */
    public static final Numbering DEFAULT = new Numbering(Map.of("lemma", "theorem", "proposition", "theorem",
            "corollary", "theorem"), false);

    public Numbering {
        counters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counters));
    }

    /** The kind whose counter {@code kind} counts on, following one step of a chain (lemma: theorem, theorem: x). */
    public String counterOf(String kind) {
        String counter = counters.getOrDefault(kind, kind);
        return counters.getOrDefault(counter, counter);
    }

    /** The key {@code numbering} of {@code f}; what is wrong goes to {@code problems} and leaves the default. */
    static Numbering read(YamlFields f, List<Diagnostic> problems) {
        if (!f.has("numbering")) {
            return DEFAULT;
        }
        YamlFields n = f.mapping("numbering").allowOnly(KEYS, "numbering");
        String within = n.choice("within", "page", List.of("page", "section"));
        Map<String, String> counters = new LinkedHashMap<>(DEFAULT.counters());
        Map<String, String> written = n.stringMap("counters");
        for (var e : written.entrySet()) {
            String kind = e.getKey();
            String counter = e.getValue().strip();
            if (!KINDS.contains(kind) || !KINDS.contains(counter)) {
                String bad = KINDS.contains(kind) ? counter : kind;
                problems.add(n.errorAt("counters", "numbering: counters: '" + bad + "' is not a numbered kind; write "
                        + "'kind: counter' with kinds among " + String.join(", ", KINDS) + " (e.g. 'definition: theorem')"));
            } else if (counter.equals(kind)) {
                counters.remove(kind);
            } else {
                counters.put(kind, counter);
            }
        }
        return new Numbering(counters, within.equals("section"));
    }
}
