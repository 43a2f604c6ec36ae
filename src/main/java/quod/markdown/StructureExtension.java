package quod.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Teaches Flexmark the structure of worked solutions: fenced divs, captions, references ({@code @eq:}, {@code @fig:}, ...), citations and tables
 * that scroll; and that links are written relative to the Markdown file.
 */
final class StructureExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static StructureExtension create() {
        return new StructureExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new FencedDivParser.Factory());
        builder.customInlineParserExtensionFactory(new LabelRefParser.Factory());
        builder.customInlineParserExtensionFactory(new CitationParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(FencedDivRenderer::new);
        builder.nodeRendererFactory(LabelRefRenderer::new);
        builder.nodeRendererFactory(CitationRenderer::new);
        builder.nodeRendererFactory(TableBoxRenderer::new);
        builder.nodeRendererFactory(CaptionedRenderer::new);
        builder.linkResolverFactory(new WrittenLinkResolver.Factory());
    }
}
