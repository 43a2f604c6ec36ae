package quod.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * Fenced divs after Pandoc's {@code fenced_divs}: a line of three or more colons followed by a kind
 * (and optionally a title) opens a div; a line of only colons closes the innermost open div whose
 * opening fence has at most that many colons, so an outer div written with {@code ::::} is not closed
 * by its inner {@code :::}. Closing fences inside a fenced code block are code. A div whose container
 * ends first stays unclosed, which the renderer reports at its opening fence.
 */
final class FencedDivParser extends AbstractBlockParser {
    private final FencedDiv block;
    private final BasedSequence opening;
    private BasedSequence closing;

    private FencedDivParser(FencedDiv block, BasedSequence opening) {
        this.block = block;
        this.opening = opening;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return !block.stray();
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block child) {
        return !block.stray();
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.closed() || block.stray()) {
            return BlockContinue.none();
        }
        if (state.getIndent() < 4) {
            BasedSequence rest = state.getLineWithEOL().subSequence(state.getNextNonSpaceIndex()).trimEOL();
            int colons = closingColons(rest);
            if (colons >= block.fence().length() && !innerTakes(state, colons)) {
                block.setClosed(true);
                closing = rest.trimEnd();
                return BlockContinue.atIndex(state.getLineEndIndex());
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** Whether a closing fence of {@code colons} belongs to something open inside this div. */
    private boolean innerTakes(ParserState state, int colons) {
        List<BlockParser> active = state.getActiveBlockParsers();
        for (int i = active.indexOf(this) + 1; i < active.size(); i++) {
            BlockParser inner = active.get(i);
            if (inner.getBlock() instanceof FencedCodeBlock) {
                return true;
            }
            if (inner instanceof FencedDivParser div && !div.block.closed() && div.block.fence().length() <= colons) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // a container: its lines go to its children
    }

    @Override
    public void closeBlock(ParserState state) {
        int end = closing != null ? closing.getEndOffset()
                : Math.max(opening.getEndOffset(), block.getLastChild() != null ? block.getLastChild().getEndOffset() : 0);
        block.setChars(opening.baseSubSequence(opening.getStartOffset(), end));
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (block.stray()) {
            return;
        }
        FencedDivTitle title = new FencedDivTitle(block.title());
        block.prependChild(title);
        if (!block.title().isEmpty()) {
            inlineParser.parse(block.title(), title);
        }
    }

    /** The number of colons when {@code rest} is a closing fence (only colons, at least three), else -1. */
    static int closingColons(BasedSequence rest) {
        BasedSequence trimmed = rest.trimEnd();
        int n = trimmed.countLeading(':');
        return n >= 3 && n == trimmed.length() ? n : -1;
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
            BasedSequence rest = state.getLineWithEOL().subSequence(state.getNextNonSpaceIndex()).trimEOL().trimEnd();
            int colons = rest.countLeading(':');
            if (colons < 3) {
                return BlockStart.none();
            }
            BasedSequence fence = rest.subSequence(0, colons);
            FencedDiv div;
            if (closingColons(rest) >= 3) {
                div = new FencedDiv(fence, rest.subSequence(colons, colons), rest.subSequence(colons, colons),
                        new DivAttributes.Parsed(DivAttributes.NONE, null), true);
            } else {
                BasedSequence after = rest.subSequence(colons).trimStart();
                int wordEnd = after.indexOfAny(CharPredicate.WHITESPACE);
                BasedSequence word = wordEnd < 0 ? after : after.subSequence(0, wordEnd);
                BasedSequence title = wordEnd < 0 ? after.subSequence(after.length()) : after.subSequence(wordEnd).trim();
                title = withoutTrailingFence(title);
                int attributes = DivAttributes.blockStart(title);
                DivAttributes.Parsed parsed = attributes < 0 ? new DivAttributes.Parsed(DivAttributes.NONE, null)
                        : DivAttributes.parse(title.subSequence(attributes));
                div = new FencedDiv(fence, word, attributes < 0 ? title : title.subSequence(0, attributes).trimEnd(),
                        parsed, false);
            }
            return BlockStart.of(new FencedDivParser(div, rest)).atIndex(state.getLineEndIndex());
        }

        /** Pandoc allows colons after the attributes, as in {@code ::: note Careful :::}. */
        private static BasedSequence withoutTrailingFence(BasedSequence title) {
            int colons = title.countTrailing(CharPredicate.anyOf(':'));
            if (colons >= 3 && (colons == title.length() || Character.isWhitespace(title.charAt(title.length() - colons - 1)))) {
                return title.subSequence(0, title.length() - colons).trimEnd();
            }
            return title;
        }
    }
}
