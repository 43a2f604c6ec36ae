package quod.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import quod.diagnostics.SourceText;
import quod.page.SourceLink;

/**
 * A page's Markdown parsed but not yet rendered. Parsing every page first lets the build collect
 * what pages refer to across each other (equation labels) before any page is written.
 */
public final class ParsedPage {
    private final SourceText text;
    private final Document document;
    private final PageDirectives directives;
    private final List<SourceLink> links;

    ParsedPage(SourceText text, Document document) {
        this.text = text;
        this.document = document;
        this.directives = PageDirectives.of(document, text);
        this.links = SourceLinks.of(document);
    }

    /** The page's link targets as written, with their positions, in document order. */
    public List<SourceLink> links() {
        return links;
    }

    /** The page's compute blocks and values in document order, for the compute stage. */
    public PageDirectives directives() {
        return directives;
    }

    public SourceText text() {
        return text;
    }

    Document document() {
        return document;
    }
}
