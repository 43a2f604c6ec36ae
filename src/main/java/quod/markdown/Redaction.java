package quod.markdown;

import java.util.Set;

/**
 * The directive results outside a page's hidden parts that depend on them, so the student edition writes a
 * placeholder in their place: by index among the page's blocks and among its values.
 */
public record Redaction(Set<Integer> blocks, Set<Integer> values) {
    public static final Redaction NONE = new Redaction(Set.of(), Set.of());

    public Redaction {
        blocks = Set.copyOf(blocks);
        values = Set.copyOf(values);
    }
}
