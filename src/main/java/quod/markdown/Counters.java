package quod.markdown;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which numbered kinds count on one counter: by default theorems, lemmas, propositions and corollaries share
 * one ("Theorem 1, Lemma 2, Theorem 3", as amsthm's {@code \newtheorem{lemma}[theorem]} does), and definitions,
 * examples, remarks, figures, tables and equations each count on their own.
 *
 * @param counterOf for a kind that shares a counter, the kind whose counter it is (the first of its group)
 */
public record Counters(Map<LabelKind, LabelKind> counterOf) {
    public static final Counters DEFAULT = Counters.of(List.of(
            List.of(LabelKind.THEOREM, LabelKind.LEMMA, LabelKind.PROPOSITION, LabelKind.COROLLARY)));

    public Counters {
        counterOf = Map.copyOf(counterOf);
    }

    /** Counters where each list of {@code shared} counts on one, and every other kind on its own. */
    public static Counters of(List<List<LabelKind>> shared) {
        Map<LabelKind, LabelKind> of = new EnumMap<>(LabelKind.class);
        for (List<LabelKind> group : shared) {
            for (LabelKind k : group) {
                of.put(k, group.get(0));
            }
        }
        return new Counters(of);
    }

    /**
     * Counters from {@code site.yml}'s {@code numbering: counters:}: {@code counterOf} gives, for a numbered
     * kind's word ({@code lemma}), the word of the kind whose counter it counts on ({@code theorem}).
     */
    public static Counters ofWords(java.util.function.UnaryOperator<String> counterOf) {
        Map<LabelKind, LabelKind> of = new EnumMap<>(LabelKind.class);
        for (LabelKind k : LabelKind.environments()) {
            LabelKind counter = LabelKind.of(DivKind.of(counterOf.apply(k.noun())));
            if (counter != null && counter != k) {
                of.put(k, counter);
            }
        }
        return new Counters(of);
    }

    /** The kind whose counter numbers {@code kind}. */
    LabelKind counter(LabelKind kind) {
        return counterOf.getOrDefault(kind, kind);
    }
}
