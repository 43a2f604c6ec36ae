package quod.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A table, plot block or image with the caption line written after it ({@code : Caption {#fig:loss}}), made a
 * numbered figure or table when the page is parsed. Its first child is what it captions, its last the
 * {@link Caption}.
 */
public final class Captioned extends Block {
    private final LabelKind kind;
    private final BasedSequence label;

    Captioned(LabelKind kind, BasedSequence label) {
        this.kind = kind;
        this.label = label;
    }

    /** {@link LabelKind#FIGURE} or {@link LabelKind#TABLE}. */
    public LabelKind kind() {
        return kind;
    }

    /** The label as written, without {@code {#} and {@code }}, or null. */
    public BasedSequence label() {
        return label;
    }

    /** The caption, its inline Markdown as children. */
    Caption caption() {
        return (Caption) getLastChild();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** A caption's inline content; written by its {@link Captioned}. */
    public static final class Caption extends com.vladsch.flexmark.util.ast.Node {
        Caption(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
