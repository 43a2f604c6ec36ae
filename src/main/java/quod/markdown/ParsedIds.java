package quod.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Heading ids for the HTML renderer, as parsing assigned them ({@link MarkdownRenderer#parse}): Flexmark's
 * own generator would assign them again on the tree while rendering, and rendering must not change the
 * tree (it is shared by every later stage, and rendered once per edition).
 */
final class ParsedIds implements HeaderIdGeneratorFactory {

    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return reading(new HeaderIdGenerator.Factory().create(context));
    }

    @Override
    public HtmlIdGenerator create() {
        return reading(new HeaderIdGenerator.Factory().create());
    }

    /** Reads ids off the nodes; ids for free text (not headings) come from {@code fresh}, which keeps them unique. */
    private static HtmlIdGenerator reading(HeaderIdGenerator fresh) {
        return new HtmlIdGenerator() {
            @Override
            public void generateIds(Document document) {
                // already done at parse time
            }

            @Override
            public String getId(Node node) {
                return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
            }

            @Override
            public String getId(CharSequence text) {
                return fresh.getId(text);
            }
        };
    }
}
