package quod.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of fenced div an author may write: {@code ::: kind [title or label]}. */
public enum DivKind {
    PROBLEM, HINT, SOLUTION, ANSWER, NOTE, TIP, WARNING, MARGIN,
    THEOREM, LEMMA, PROPOSITION, COROLLARY, DEFINITION, EXAMPLE, REMARK, PROOF;

    /** The word written after the colons, e.g. {@code solution}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The heading shown to readers, e.g. {@code Solution}. */
    public String displayName() {
        return name().charAt(0) + word().substring(1);
    }

    /** Whether a release date can hold this kind back from the student edition: solutions, answers, hints. */
    public boolean releasable() {
        return this == SOLUTION || this == ANSWER || this == HINT;
    }

    /** A numbered statement (theorem ... remark), or a proof: written as an environment, title in parentheses. */
    public boolean environment() {
        return ordinal() >= THEOREM.ordinal();
    }

    /** The kind written as {@code word}, or null when there is none (kinds are lower case). */
    public static DivKind of(String word) {
        for (DivKind k : values()) {
            if (k.word().equals(word)) {
                return k;
            }
        }
        return null;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(DivKind::word).toList();
    }
}
