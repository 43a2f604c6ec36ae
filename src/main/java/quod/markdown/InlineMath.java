package quod.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code $...$}, {@code \(...\)} or {@code $$...$$} inside a paragraph. */
public final class InlineMath extends Node {
    private final BasedSequence tex;
    private final boolean display;

    public InlineMath(BasedSequence chars, BasedSequence tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    public BasedSequence tex() {
        return tex;
    }

    public boolean display() {
        return display;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
