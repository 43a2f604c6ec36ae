package quod.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A display formula on its own lines: {@code $$ ... $$} or {@code \[ ... \]}, optionally followed by
 * a label {@code {#eq:name}} after the closing delimiter.
 */
public final class DisplayMath extends Block {
    private BasedSequence label;
    private boolean closed;
    private String closer = "$$";
    private java.util.List<BasedSequence> segments = java.util.List.of();
    private int openingLine;

    /** The label without braces and hash, e.g. {@code eq:foc}, or null. Not checked for form here. */
    public String label() {
        return label == null ? null : label.toString();
    }

    /** The label where it stands in the source, or null. */
    public BasedSequence labelChars() {
        return label;
    }

    void setLabel(BasedSequence label) {
        this.label = label;
    }

    public boolean closed() {
        return closed;
    }

    void setClosed(boolean closed) {
        this.closed = closed;
    }

    public String closer() {
        return closer;
    }

    void setCloser(String closer) {
        this.closer = closer;
    }

    /** The TeX, one piece per source line, each still knowing its offset in the source. */
    public java.util.List<BasedSequence> texSegments() {
        return segments;
    }

    void setSegments(java.util.List<BasedSequence> segments) {
        this.segments = java.util.List.copyOf(segments);
    }

    /** The TeX as one string: the segments joined by newlines. */
    public String texString() {
        return String.join("\n", segments.stream().map(BasedSequence::toString).toList());
    }

    /** Source offset of a position in {@link #texString()}. */
    public int sourceOffset(int texPosition) {
        int pos = texPosition;
        for (BasedSequence seg : segments) {
            if (pos <= seg.length()) {
                return seg.getStartOffset() + pos;
            }
            pos -= seg.length() + 1;
        }
        BasedSequence last = segments.isEmpty() ? getChars() : segments.get(segments.size() - 1);
        return last.getEndOffset();
    }

    /** 0-based line of the opening delimiter in the document. */
    public int openingLine() {
        return openingLine;
    }

    void setOpeningLine(int line) {
        this.openingLine = line;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
