package quod.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import quod.cite.Cite;
import quod.cite.Cluster;

/**
 * A citation: {@code [@a; see @b, p. 3]} or {@code [-@a]} (in brackets), or {@code @a} in the text (narrative).
 * Each work's key remembers where it was written, for a message about an unknown key.
 */
public final class Citation extends Node {
    /** One work of the citation and the offset of its key in the page's text. */
    record Item(Cite cite, int keyOffset) { }

    private final List<Item> items;
    private final boolean narrative;

    Citation(BasedSequence chars, List<Item> items, boolean narrative) {
        super(chars);
        this.items = List.copyOf(items);
        this.narrative = narrative;
    }

    List<Item> items() {
        return items;
    }

    /** The citation as the citation stage takes it. */
    Cluster cluster() {
        return new Cluster(items.stream().map(Item::cite).toList(), narrative);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
