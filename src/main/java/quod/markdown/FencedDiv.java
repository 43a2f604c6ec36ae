package quod.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;

/**
 * A fenced div, {@code ::: kind [title or label] [{attributes}]} ... {@code :::}, holding Markdown. Its first child is
 * the {@link FencedDivTitle} (possibly empty); the rest is the content. A bare closing fence that closes
 * nothing is kept as a div with no kind, so the renderer can report it where it stands.
 */
public final class FencedDiv extends Block {
    private final BasedSequence fence;
    private final BasedSequence kindWord;
    private final BasedSequence title;
    private final boolean stray;
    private final DivAttributes.Parsed attributes;
    private boolean closed;
    private int number;

    FencedDiv(BasedSequence fence, BasedSequence kindWord, BasedSequence title, DivAttributes.Parsed attributes,
              boolean stray) {
        this.fence = fence;
        this.kindWord = kindWord;
        this.title = title;
        this.attributes = attributes;
        this.stray = stray;
    }

    /** The opening colons; their count decides which closing fences may end this div. */
    public BasedSequence fence() {
        return fence;
    }

    /** The kind as written, e.g. {@code solution} (empty for a stray closing fence). */
    public BasedSequence kindWord() {
        return kindWord;
    }

    /** The kind, or null when the word is not one of {@link DivKind}. */
    public DivKind kind() {
        return DivKind.of(kindWord.toString());
    }

    /** The attribute block written last on the opening line, {@code {#id .class key=value}}; NONE without one. */
    public DivAttributes attributes() {
        return attributes.attributes();
    }

    /** Why the attribute block does not parse, or null. */
    DivAttributes.Malformed malformedAttributes() {
        return attributes.malformed();
    }

    /** Marked {@code {.staff}}: shown in the staff edition only. */
    public boolean staffOnly() {
        return attributes().hasClass("staff");
    }

    /**
     * The text after the kind up to the attribute block, trimmed: a problem's label, or another block's title;
     * may be empty.
     */
    public BasedSequence title() {
        return title;
    }

    /** The parsed title, or null before inlines are parsed. */
    public FencedDivTitle titleNode() {
        return getFirstChild() instanceof FencedDivTitle t ? t : null;
    }

    /**
     * A problem's id: its label's letters and digits, lower case, brackets dropped and other runs
     * turned into '-', so {@code 3(b)(ii)} gives {@code problem-3bii}; null without a label.
     */
    public String problemId() {
        FencedDivTitle t = titleNode();
        if (t == null) {
            return null;
        }
        String written = PlainText.of(t);
        String label = (written.isEmpty() && number > 0 ? Integer.toString(number) : written).toLowerCase(Locale.ROOT)
                .replaceAll("[()\\[\\]{}]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return label.isEmpty() ? null : "problem-" + label;
    }

    /**
     * The number a problem without a label gets: its position among the page's problems (1, 2, ...),
     * as Quarto and MyST number exercises; 0 when it has a label or is not a problem.
     */
    public int number() {
        return number;
    }

    void setNumber(int number) {
        this.number = number;
    }

    /** A closing fence with no open div to close. */
    public boolean stray() {
        return stray;
    }

    public boolean closed() {
        return closed;
    }

    void setClosed(boolean closed) {
        this.closed = closed;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {fence, kindWord, title};
    }
}
