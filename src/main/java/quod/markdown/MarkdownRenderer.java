package quod.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quod.compute.ComputeOutput;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.MathRenderer;

/**
 * The Markdown stage: Flexmark with tables, footnotes, heading anchors, strikethrough, typographic
 * quotes, raw HTML, and Quod's math and directive blocks. One instance serves a whole build.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                StrikethroughExtension.create(),
                TypographicExtension.create(),
                AnchorLinkExtension.create(),
                MathExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
        options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span aria-hidden=\"true\">#</span>");
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Renders one page.
     *
     * @param text     the Markdown (after directives ran), named after its source file
     * @param computed outputs of the directive blocks, by fence line
     */
    public RenderedPage render(SourceText text, Map<Integer, List<ComputeOutput>> computed, MathRenderer math,
                               Diagnostics diagnostics) {
        Document document = parser.parse(text.text());
        document.set(PageContext.KEY, new PageContext(text, computed, math, diagnostics));
        String html = renderer.render(document);
        return new RenderedPage(html, headings(document));
    }

    private static List<quod.markdown.Heading> headings(Document document) {
        HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
        ids.generateIds(document);
        List<quod.markdown.Heading> out = new ArrayList<>();
        for (var node : document.getDescendants()) {
            if (node instanceof Heading h) {
                out.add(new quod.markdown.Heading(h.getLevel(), h.getAnchorRefId(), h.getText().toString()));
            }
        }
        return out;
    }
}
