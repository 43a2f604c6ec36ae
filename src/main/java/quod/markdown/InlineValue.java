package quod.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A computed value in prose, {@code {{ expr }}} or {@code {{ expr | fmt }}}: the compute stage
 * evaluates it where it stands in the page (after the blocks above it ran) and the renderer writes the
 * result. The same syntax inside math is part of the formula's TeX (see {@link MathValues}).
 */
public final class InlineValue extends Node {
    public InlineValue(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
