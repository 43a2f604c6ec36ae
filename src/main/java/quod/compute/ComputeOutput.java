package quod.compute;

/** One thing a computation block puts on the page, in the order the block produced it. */
public sealed interface ComputeOutput {

    /** A display formula (LaTeX, no delimiters), rendered by the math stage like any other. */
    record DisplayMath(String latex) implements ComputeOutput { }

    /** HTML that Quod generated itself (check marks, SVG plots): already escaped, inserted as is. */
    record Html(String html) implements ComputeOutput { }

    /** The block's own source, shown as a code block when the block asks for {@code echo=true}. */
    record Source(String code) implements ComputeOutput { }
}
