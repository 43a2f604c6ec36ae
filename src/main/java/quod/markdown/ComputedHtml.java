package quod.markdown;

import quod.compute.output.ComputeOutput;
import java.util.List;
import quod.html.Html;

/**
 * The HTML of the check marks that computation blocks leave on a page (plots: {@link PlotFigure}). The classes are the
 * theme's contract ({@code templates/assets/quod.css} styles them):
 * <ul>
 *   <li>a passed check without a label: {@code <span class="check" title="check passed: ...">✓ verified: ...</span>},
 *       the claim in engine syntax with its values;</li>
 *   <li>a passed check with a label: {@code <details class="check"><summary>✓ LABEL</summary><code
 *       class="check-claim">...</code></details>}: the reader sees the words, the claim and its values are one
 *       click away;</li>
 *   <li>several checks in a row: one line, {@code <details class="checks"><summary>✓ 11 claims
 *       verified</summary><ul class="check-list"><li>...</li></ul></details>}, that opens to the marks above.
 *       No script is needed to open it, and the print page writes every {@code <details>} open;</li>
 * </ul>
 * Everything the author wrote is escaped.
 */
final class ComputedHtml {
    private ComputedHtml() {
    }

    /** Checks that passed one after another in a block: one mark alone, more collapsed into one line. */
    static String checkMarks(List<ComputeOutput.CheckPassed> checks) {
        if (checks.size() == 1) {
            return checkMark(checks.get(0));
        }
        StringBuilder out = new StringBuilder("<details class=\"checks\"><summary>\u2713 ")
                .append(checks.size()).append(" claims verified</summary><ul class=\"check-list\">");
        for (ComputeOutput.CheckPassed c : checks) {
            out.append("<li>").append(checkMark(c)).append("</li>");
        }
        return out.append("</ul></details>").toString();
    }

    /** The mark of a passed check: its label, or the claim with its values; for a check in a loop, how often it held. */
    static String checkMark(ComputeOutput.CheckPassed c) {
        if (c.label() != null) {
            String claim = c.times() == 1 ? c.summary()
                    : c.text() + ", held " + c.times() + " times (last: " + c.detail() + ")";
            return "<details class=\"check\"><summary>\u2713 " + Html.escape(c.label())
                    + (c.times() == 1 ? "" : " (" + c.times() + " times)")
                    + "</summary><code class=\"check-claim\">" + Html.escape(claim) + "</code></details>";
        }
        if (c.times() == 1) {
            return "<span class=\"check\" title=\"" + Html.escape("check passed: " + c.text() + " (" + c.detail() + ")")
                    + "\">\u2713 verified: " + Html.escape(c.summary()) + "</span>";
        }
        return "<span class=\"check\" title=\"" + Html.escape("check passed " + c.times() + " times: " + c.text()
                + " (last: " + c.detail() + ")") + "\">\u2713 verified " + c.times() + " times: "
                + Html.escape(c.text()) + "</span>";
    }
}
