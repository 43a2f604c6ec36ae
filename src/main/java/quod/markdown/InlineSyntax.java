package quod.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;

/** An inline syntax of Quod's: Flexmark asks each at its trigger characters; none needs the finalising hooks. */
abstract class InlineSyntax implements InlineParserExtension {
    @Override
    public final void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public final void finalizeBlock(InlineParser inlineParser) {
    }
}
