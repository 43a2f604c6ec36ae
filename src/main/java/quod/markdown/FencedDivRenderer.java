package quod.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Writes fenced divs as the HTML of {@code notes/structure-html.md} (the stylesheet's contract: keep
 * its elements and class names). What the edition leaves out is never written: a part not released yet
 * becomes a placeholder that says only its kind and release date, and a staff-only part nothing at all.
 */
final class FencedDivRenderer implements NodeRenderer {

    FencedDivRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(FencedDiv.class, this::render),
                // a title is written by its div, inside the element the div's kind calls for
                new NodeRenderingHandler<>(FencedDivTitle.class, (node, context, html) -> { }));
    }

    private void render(FencedDiv div, NodeRendererContext context, HtmlWriter html) {
        PageContext page = PageContext.KEY.get(context.getOptions());
        if (div.stray()) {
            return; // reported by PageValidation
        }
        DivKind kind = div.kind();
        if (kind == null) {
            content(div, context);
            return;
        }
        DivVisibility visibility = page.hidden().of(div);
        if (visibility.state() == DivVisibility.State.OMITTED) {
            return;
        }
        html.line();
        if (visibility.state() == DivVisibility.State.WITHHELD) {
            html.raw("<div class=\"block withheld " + kind.word() + "\" role=\"note\"><p class=\"withheld-text\">")
                    .text(kind.displayName() + (visibility.release().never() ? " not released yet"
                            : " released on " + page.setup().edition().rules().shown(visibility.release())))
                    .raw("</p></div>").line();
            return;
        }
        String marks = marks(div, visibility, page);
        String staff = div.staffOnly() ? " staff-only" : "";
        switch (kind) {
            case PROBLEM -> problem(div, page, context, html, marks, staff);
            case HINT, SOLUTION -> {
                boolean open = kind == DivKind.SOLUTION && page.setup().solutionsOpen();
                html.raw("<details class=\"block " + kind.word() + staff + "\"" + (open ? " open" : "") + ">")
                        .raw("<summary class=\"block-title\">");
                title(div, context, html);
                html.raw(marks).raw("</summary>").line();
                content(div, context);
                html.raw("</details>");
            }
            case ANSWER -> {
                html.raw("<div class=\"block answer" + staff + "\" role=\"note\"><div class=\"block-title\">");
                title(div, context, html);
                html.raw(marks).raw("</div>").line();
                content(div, context);
                html.raw("</div>");
            }
            case NOTE, TIP, WARNING -> {
                html.raw("<aside class=\"block callout " + kind.word() + staff + "\"><div class=\"block-title\">");
                title(div, context, html);
                html.raw(marks).raw("</div>").line();
                content(div, context);
                html.raw("</aside>");
            }
            case THEOREM, LEMMA, PROPOSITION, COROLLARY, DEFINITION, EXAMPLE, REMARK, PROOF ->
                    environment(div, page, context, html, marks, staff);
            case MARGIN -> {
                html.raw("<aside class=\"sidenote" + staff + "\">").raw(marks).line();
                content(div, context);
                html.raw("</aside>");
            }
        }
        html.line();
    }

    /**
     * The small labels the staff edition puts in a part's title: "Staff only", and when a release date applies,
     * when students see the part. The student edition shows a released part as it is.
     */
    private static String marks(FencedDiv div, DivVisibility visibility, PageContext page) {
        if (page.setup().edition().rules().student()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (div.staffOnly()) {
            out.append(" <span class=\"edition-label staff-label\">Staff only</span>");
        }
        if (visibility.release() != null) {
            String when = visibility.release().never() ? "Not released to students"
                    : (visibility.released() ? "Released " : "Releases ")
                    + page.setup().edition().rules().shown(visibility.release());
            out.append(" <span class=\"edition-label release-label\">").append(quod.html.Html.escape(when)).append("</span>");
        }
        return out.toString();
    }

    private void problem(FencedDiv div, PageContext page, NodeRendererContext context, HtmlWriter html, String marks,
                         String staff) {
        String id = div.problemId();
        html.raw("<section class=\"block problem" + staff + "\" id=\"" + id + "\" aria-labelledby=\"" + id + "-title\">").line();
        html.raw("<header class=\"block-title\" id=\"" + id + "-title\"><span class=\"block-kind\">Problem</span> ")
                .raw("<span class=\"block-label\">");
        if (div.number() > 0) {
            html.text(Integer.toString(div.number()));
        } else {
            context.renderChildren(div.titleNode());
        }
        html.raw("</span>").raw(marks).raw("</header>").line();
        content(div, context);
        html.raw("</section>");
    }

    /**
     * A theorem, lemma, ..., or proof: "Theorem 2 (Eckart–Young)", the number from the page's counters, the
     * title in parentheses, its label as the id; a proof has no number and ends with ∎ (read as "end of proof").
     */
    private void environment(FencedDiv div, PageContext page, NodeRendererContext context, HtmlWriter html,
                             String marks, String staff) {
        DivKind kind = div.kind();
        PageLabels labels = page.setup().labels().page(page.setup().slug());
        String number = labels == null ? null : labels.number(div);
        String label = Labelled.label(div);
        boolean labelled = label != null && LabelKind.of(kind) != null && PageLabels.validFor(LabelKind.of(kind), label);
        html.raw("<div class=\"block env " + kind.word() + staff + "\"" + (labelled ? " id=\"" + label + "\"" : "") + ">")
                .raw("<div class=\"block-title\"><span class=\"block-kind\">").text(kind.displayName())
                .text(number == null ? "" : " " + number).raw("</span>");
        if (div.titleNode() != null && div.titleNode().hasChildren()) {
            html.raw(" <span class=\"block-label\">(");
            context.renderChildren(div.titleNode());
            html.raw(")</span>");
        }
        html.raw(marks).raw("</div>").line();
        content(div, context);
        if (kind == DivKind.PROOF) {
            html.raw("<div class=\"qed\"><span aria-hidden=\"true\">\u220e</span><span class=\"visually-hidden\">"
                    + "End of proof</span></div>").line();
        }
        html.raw("</div>");
    }

    /** "Kind" or "Kind: title", the title rendered as inline Markdown. */
    private static void title(FencedDiv div, NodeRendererContext context, HtmlWriter html) {
        html.text(div.kind().displayName());
        if (div.titleNode() != null && div.titleNode().hasChildren()) {
            html.text(": ");
            context.renderChildren(div.titleNode());
        }
    }

    private static void content(FencedDiv div, NodeRendererContext context) {
        for (Node child = div.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof FencedDivTitle)) {
                context.render(child);
            }
        }
    }
}
