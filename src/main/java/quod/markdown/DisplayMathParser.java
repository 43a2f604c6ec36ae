package quod.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display math on its own lines: a line starting with {@code $$} (or {@code \[}) opens it, a line
 * ending with {@code $$} (or {@code \]}) closes it, optionally followed by {@code {#eq:label}}.
 * Both may be on one line. A blank line or the end of the container before the closer leaves the
 * block unclosed, which the renderer reports at the opening line.
 */
final class DisplayMathParser extends AbstractBlockParser {
    /** Anything in {@code {#...}} is taken as the label, so a malformed one is reported rather than left as TeX. */
    private static final Pattern LABEL = Pattern.compile("\\s*(?:\\{#([^{}]*)\\})?\\s*");

    private final DisplayMath block = new DisplayMath();
    private final String closer;
    private final List<BasedSequence> segments = new ArrayList<>();

    private DisplayMathParser(String closer) {
        this.closer = closer;
        block.setCloser(closer);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    /** Takes the part of a line before the closer; returns whether the line closed the block. */
    private boolean take(BasedSequence line) {
        BasedSequence text = line.trimEOL();
        int at = text.lastIndexOf(closer);
        while (at >= 0) {
            BasedSequence after = text.subSequence(at + closer.length());
            Matcher m = LABEL.matcher(after);
            if (m.matches() && !(closer.equals("$$") && at > 0 && text.charAt(at - 1) == '\\')) {
                segments.add(text.subSequence(0, at));
                block.setLabel(m.group(1) == null ? null : after.subSequence(m.start(1), m.end(1)));
                block.setClosed(true);
                return true;
            }
            at = at == 0 ? -1 : text.lastIndexOf(closer, at - 1);
        }
        segments.add(text);
        return false;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.closed()) {
            return BlockContinue.none();
        }
        if (state.isBlank()) {
            return BlockContinue.none();
        }
        BasedSequence line = state.getLineWithEOL().subSequence(state.getIndex());
        if (take(line)) {
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getLineEndIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // lines are taken in tryContinue, which knows where the closer is
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setSegments(segments);
        BasedSequence first = segments.get(0);
        BasedSequence last = segments.get(segments.size() - 1);
        block.setChars(first.baseSubSequence(first.getStartOffset(), Math.max(first.getStartOffset(), last.getEndOffset())));
    }

    static final class Factory implements CustomBlockParserFactory, Independent {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence rest = state.getLineWithEOL().subSequence(state.getNextNonSpaceIndex());
            String opener;
            if (rest.startsWith("$$")) {
                opener = "$$";
            } else if (rest.startsWith("\\[")) {
                opener = "\\[";
            } else {
                return BlockStart.none();
            }
            DisplayMathParser parser = new DisplayMathParser(opener.equals("$$") ? "$$" : "\\]");
            parser.block.setOpeningLine(state.getLineNumber());
            parser.take(rest.subSequence(2));
            return BlockStart.of(parser).atIndex(state.getLineEndIndex());
        }
    }
}
