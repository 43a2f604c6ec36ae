package quod.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quod.compute.output.ComputedPage;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.math.MathRenderer;
import quod.page.Heading;

/**
 * The Markdown stage: Flexmark with tables, footnotes, heading anchors, strikethrough, typographic
 * quotes, raw HTML, and Quod's math and directive blocks. One instance serves a whole build.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final DataHolder options;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                StrikethroughExtension.create(),
                TypographicExtension.create(),
                AnchorLinkExtension.create(),
                MathExtension.create(),
                StructureExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
        options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX,
                "<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section</span>");
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(TablesExtension.CLASS_NAME, "table");
        // Flexmark registers reference definitions ([a]: url) only with its own inline parser, so with
        // ours they are registered here, where Flexmark would add them: after the extensions' processors
        this.parser = Parser.builder(options)
                .customInlineParserFactory(LinearTimeInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
        this.options = options.toImmutable();
    }

    /**
     * Parses one page; {@link #render(ParsedPage, ComputedPage, MathRenderer, Diagnostics, PageSetup)} writes it.
     * Nesting past {@link NestingLimit} is reported and left out, so the rest of the page is still checked.
     */
    public ParsedPage parse(SourceText text, Diagnostics diagnostics) {
        List<Diagnostic> problems = new ArrayList<>();
        SourceText safe = NestingLimit.blankTooDeepLines(text, problems);
        Document document;
        try {
            document = parser.parse(safe.text());
            NestingLimit.cutTooDeep(document, text, !problems.isEmpty(), problems);
            ProblemNumbers.assign(document);
            Captions.attach(document, text, problems);
            new HeaderIdGenerator.Factory().create().generateIds(document);
            // Flexmark numbers footnotes when a renderer is made; numbered here, that finds nothing to change.
            FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
            PageValidation.check(document, text, problems);
        } catch (StackOverflowError e) {
            problems.add(tooDeep(text));
            document = parser.parse("");
        }
        diagnostics.addAll(problems);
        return new ParsedPage(text, document);
    }

    /**
     * The last resort when input the limits do not cover still exhausts the stack in Flexmark (a thousand
     * nested emphases; a line of thousands of "_ ", which its thematic-break pattern matches by recursion):
     * one error for the page instead of a crash of the whole build. Flexmark does not say where it was.
     */
    private static Diagnostic tooDeep(SourceText text) {
        return Diagnostic.error(text.name(), 1, 1, "Quod ran out of stack reading this page's Markdown: something "
                + "is nested hundreds of levels deep (emphasis, links, quotes, lists) or a line repeats '- ', "
                + "'* ' or '_ ' thousands of times; simplify it", null);
    }

    /**
     * Renders one parsed page.
     *
     * @param page     the parsed Markdown
     * @param computed what its directives computed, in the order of {@link ParsedPage#directives()}
     * @param setup    the page's slug, how its solutions start, and the site's equation numbers
     */
    public RenderedPage render(ParsedPage page, ComputedPage computed, MathRenderer math,
                               Diagnostics diagnostics, PageSetup setup) {
        Document document = page.document();
        PageResults results = new PageResults(page.directives(), computed, setup.redaction());
        HiddenParts hidden = HiddenParts.of(page, setup.edition());
        // The page's context travels in the renderer's options, not on the document: rendering leaves the
        // parsed tree as it was. A renderer is a few objects; building one per page costs microseconds.
        PageCitations citations = PageCitations.of(document, setup.bibliography(), page.text(), diagnostics, hidden);
        HtmlRenderer renderer = HtmlRenderer.builder(new MutableDataSet(options)
                        .set(PageContext.KEY, new PageContext(page.text(), results, math, diagnostics, setup, hidden,
                                citations)))
                .htmlIdGeneratorFactory(new ParsedIds())
                .build();
        try {
            String html = renderer.render(document) + citations.referenceList();
            List<Heading> headings = new ArrayList<>(PageOutline.of(document, results, hidden));
            if (citations.hasOwnHeading()) {
                headings.add(Heading.section(2, "references", "References"));
            }
            return new RenderedPage(html, headings);
        } catch (StackOverflowError e) {
            diagnostics.add(tooDeep(page.text()));
            return new RenderedPage("", List.of());
        }
    }

    /**
     * Renders a page on its own, as the home page with solutions open: its equation references may
     * only point within it.
     *
     * @param page     the parsed Markdown, named after its source file
     * @param computed what its directives computed
     */
    public RenderedPage render(ParsedPage page, ComputedPage computed, MathRenderer math, Diagnostics diagnostics) {
        LabelIndex equations = LabelIndex.collect(Map.of("", page), diagnostics);
        return render(page, computed, math, diagnostics, new PageSetup("", true, equations));
    }
}
