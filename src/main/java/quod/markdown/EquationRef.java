package quod.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code @eq:name} (an equation of this page) or {@code @slug#eq:name} (of another page) in prose. */
public final class EquationRef extends Node {
    private final String page;
    private final String label;

    EquationRef(BasedSequence chars, String page, String label) {
        super(chars);
        this.page = page;
        this.label = label;
    }

    /** The slug of the page named before {@code #}, or null for this page. */
    public String page() {
        return page;
    }

    public String label() {
        return label;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
