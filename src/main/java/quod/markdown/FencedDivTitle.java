package quod.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The inline content of a fenced div's title or label; may hold math. Rendered by its div. */
public final class FencedDivTitle extends Node {
    public FencedDivTitle(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
