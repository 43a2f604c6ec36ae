package quod.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import quod.compute.output.ComputeOutput;
import quod.compute.output.ComputedValue;
import quod.math.Formula;

/** Writes formulas through the page's {@link quod.math.MathRenderer}, and directive blocks as their outputs. */
final class MathNodeRenderer implements NodeRenderer {

    /**
     * Unnumbered display formulas written so far, which name their boxes ({@link DisplayBox}); Flexmark makes
     * a renderer for each page it renders, so this counts the page's.
     */
    private int formulas;

    MathNodeRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(InlineMath.class, this::renderInline),
                new NodeRenderingHandler<>(DisplayMath.class, this::renderDisplay),
                new NodeRenderingHandler<>(InlineValue.class, this::renderValue),
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFence),
                new NodeRenderingHandler<>(Text.class, this::renderText));
    }

    private static PageContext page(NodeRendererContext context) {
        return PageContext.KEY.get(context.getOptions());
    }

    private void renderInline(InlineMath node, NodeRendererContext context, HtmlWriter html) {
        PageContext page = page(context);
        int start = node.tex().getStartOffset();
        PageResults.Spliced spliced = page.results().splice(node, node.tex().toString());
        String tex = TexEquationRefs.resolve(spliced.tex(), i -> start + spliced.original().applyAsInt(i), page);
        Formula f = new Formula(tex, node.display(), page.text(), start);
        withPunctuation(node, html, () -> html.raw(page.math().render(f, page.diagnostics())));
    }

    /** Writes a formula and the punctuation right after it (see {@link MathPunctuation}) so that they stay on one line. */
    private static void withPunctuation(com.vladsch.flexmark.util.ast.Node node, HtmlWriter html, Runnable formula) {
        int marks = MathPunctuation.after(node);
        if (marks == 0) {
            formula.run();
            return;
        }
        html.raw("<span class=\"math-nowrap\">");
        formula.run();
        html.text(node.getNext().getChars().subSequence(0, marks).toString());
        html.raw("</span>");
    }

    /** Text, less the punctuation its formula already wrote, and with a no-break space before a value's unit. */
    private void renderText(Text node, NodeRendererContext context, HtmlWriter html) {
        if (MathPunctuation.unitAfterValue(node)) {
            html.raw("&nbsp;").text(Escaping.normalizeEOL(node.getChars().subSequence(1).unescape()));
            return;
        }
        int marks = MathPunctuation.writtenWithFormula(node);
        if (marks == 0) {
            context.delegateRender();
            return;
        }
        html.text(Escaping.normalizeEOL(node.getChars().subSequence(marks).unescape()));
    }

    /** A computed value in prose: text, or a formula of its own (a matrix, a number in scientific notation). */
    private void renderValue(InlineValue node, NodeRendererContext context, HtmlWriter html) {
        PageContext page = page(context);
        ComputedValue value = page.results().value(node);
        if (page.results().withheld(node)) {
            withPunctuation(node, html, () -> html.raw("<span class=\"withheld-value\">").text(value.text()).raw("</span>"));
        } else if (value.math()) {
            Formula f = new Formula(value.text(), false, page.text(), node.getStartOffset());
            withPunctuation(node, html, () -> html.raw(page.math().render(f, page.diagnostics())));
        } else {
            withPunctuation(node, html, () -> html.text(value.text()));
        }
    }

    private void renderDisplay(DisplayMath node, NodeRendererContext context, HtmlWriter html) {
        PageContext page = page(context);
        if (!node.closed()) {
            return; // reported by PageValidation
        }
        PageResults.Spliced spliced = page.results().splice(node, node.texString());
        String tex = spliced.tex();
        String visible = tex.strip();
        int lead = tex.indexOf(visible.isEmpty() ? tex : visible);
        java.util.function.IntUnaryOperator source = i -> node.sourceOffset(spliced.original().applyAsInt(lead + i));
        String resolved = TexEquationRefs.resolve(visible, source, page);
        Integer number = node.label() == null ? null : page.setup().labels().number(page.setup().slug(), node.label());
        html.line();
        Formula f = new Formula(resolved, true, page.text(), source.applyAsInt(0));
        String formula = page.math().render(f, page.diagnostics());
        // The number is written beside the formula rather than as KaTeX's \tag, so that it can stay in view
        // outside the formula's scroll box; it is plain HTML, so it shows without scripts and in print.
        html.raw(number != null ? DisplayBox.equation(node.label(), number, formula) : DisplayBox.formula(++formulas, formula));
        html.line();
    }

    private void renderFence(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        PageContext page = page(context);
        List<ComputeOutput> outputs = page.results().block(node);
        if (outputs == null) {
            context.delegateRender();
            return;
        }
        if (page.results().withheld(node)) {
            html.line();
            html.raw("<div class=\"computed withheld-output\" role=\"note\"><p class=\"withheld-text\">")
                    .text("Results not released yet: they are computed from a part released later").raw("</p></div>");
            html.line();
            return;
        }
        html.line();
        html.raw("<div class=\"computed\">");
        // Checks in a row become one mark (see ComputedHtml.checkMarks), written when something else follows.
        List<ComputeOutput.CheckPassed> checks = new java.util.ArrayList<>();
        for (ComputeOutput out : outputs) {
            if (out instanceof ComputeOutput.CheckPassed c) {
                if (page.setup().checksVisible()) {
                    checks.add(c);
                }
                continue;
            }
            if (!checks.isEmpty()) {
                html.raw(ComputedHtml.checkMarks(checks));
                checks.clear();
            }
            if (out instanceof ComputeOutput.DisplayMath m) {
                int offset = page.text().offsetOfLine(node.getLineNumber() + 1);
                Formula f = new Formula(m.latex(), true, page.text(), offset);
                html.raw(DisplayBox.formula(++formulas, page.math().render(f, page.diagnostics())));
            } else if (out instanceof ComputeOutput.Plot p) {
                html.raw(plot(p, node, page));
            } else if (out instanceof ComputeOutput.Source s) {
                html.raw("<pre class=\"compute-source\"><code class=\"language-compute\">")
                        .text(s.code()).raw("</code></pre>");
            }
        }
        if (!checks.isEmpty()) {
            html.raw(ComputedHtml.checkMarks(checks));
        }
        html.raw("</div>");
        html.line();
    }

    /**
     * A plot block's figure, its ids starting {@code quod-plot-LINE} (the fence's 1-based line). A formula in a
     * label is rendered like any inline formula, and a TeX error in it points at the label in the block.
     */
    private static String plot(ComputeOutput.Plot p, FencedCodeBlock node, PageContext page) {
        String content = node.getContentChars().toString();
        int blockStart = node.getContentChars().getStartOffset();
        UnaryOperator<String> labels = label -> {
            int at = content.indexOf(label);
            int start = at < 0 ? blockStart : blockStart + at;
            return PlotLabel.parse(label).html(part -> page.math().render(
                    new Formula(part.text(), false, page.text(), start + part.offset()), page.diagnostics()));
        };
        return new PlotFigure(labels).render(p, "quod-plot-" + (node.getLineNumber() + 1));
    }
}
