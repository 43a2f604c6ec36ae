package quod.compute.language;


import java.util.List;

/**
 * One thing on a page that the compute stage runs, as the Markdown parser found it: a
 * {@code compute} or {@code plot} block, or a {@code {{ expr }}} value in prose or inside a formula.
 * Positions are those of the source file, so every message points where the author wrote it, inside
 * block quotes and lists too.
 */
public sealed interface Directive {

    /**
     * A fenced {@code compute} or {@code plot} block.
     *
     * @param kind      "compute" or "plot"
     * @param options   the words after the kind on the opening fence, e.g. {@code echo=true}
     * @param fenceLine 1-based line of the opening fence
     * @param fenceText that line's text, for placing messages about options
     * @param lines     the block's lines without container prefixes ({@code > }, list indentation)
     * @param columns   for each line, the 0-based column in the file where its text starts
     */
    record Block(String kind, List<String> options, int fenceLine, String fenceText, List<String> lines,
                 List<Integer> columns) implements Directive {
        public Block {
            options = List.copyOf(options);
            lines = List.copyOf(lines);
            columns = List.copyOf(columns);
        }
    }

    /**
     * A {@code {{ expr }}} or {@code {{ expr | fmt }}}.
     *
     * @param line     1-based line it is on
     * @param lineText that line of the file
     * @param open     0-based column of the opening braces in the line
     * @param close    0-based column of the closing braces
     * @param inMath   inside a formula (the result is TeX) or in prose (text, or a formula of its own)
     */
    record Value(int line, String lineText, int open, int close, boolean inMath) implements Directive { }
}
