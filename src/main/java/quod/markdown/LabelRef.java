package quod.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A reference in prose to anything labelled: {@code @eq:name}, {@code @fig:loss}, {@code @thm:ey},
 * {@code @problem:3b} (a thing of this page) or {@code @slug#fig:loss} (of another page).
 */
public final class LabelRef extends Node {
    private final String page;
    private final String label;

    LabelRef(BasedSequence chars, String page, String label) {
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
