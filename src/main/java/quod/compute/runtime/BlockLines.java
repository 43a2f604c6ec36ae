package quod.compute.runtime;

import java.util.List;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * Where the lines of the block being run start in the file, so that a message points at the file's line and
 * column: a block inside a block quote or a list has its lines without the container's prefix.
 */
final class BlockLines {
    private final SourceText file;
    private final List<Diagnostic> sink;
    private int firstLine;
    private List<Integer> columns = List.of();

    BlockLines(SourceText file, List<Diagnostic> sink) {
        this.file = file;
        this.sink = sink;
    }

    /** The block being run starts at {@code firstLine}; its lines start at these 0-based columns of the file. */
    void place(int firstLine, List<Integer> columns) {
        this.firstLine = firstLine;
        this.columns = List.copyOf(columns);
    }

    /** The file's 1-based column of a 0-based offset in a line of the block being run. */
    int column(int line, int offset) {
        int index = line - firstLine;
        return offset + 1 + (index >= 0 && index < columns.size() ? columns.get(index) : 0);
    }

    /** An error at a 0-based offset of a line of the file. */
    void report(int line, int offset, String message) {
        sink.add(file.errorAt(line, column(line, offset), message));
    }
}
