package quod.markdown;

import quod.compute.output.ComputeOutput;
import quod.html.Html;

/**
 * The HTML of the check marks that computation blocks leave on a page (plots: {@link PlotFigure}). The
 * classes are the theme's contract ({@code templates/assets/quod.css} styles them): a passed check is
 * {@code <span class="check" title="check passed: ...">✓ verified: ...</span>}. Everything the author wrote is escaped.
 */
final class ComputedHtml {
    private ComputedHtml() {
    }

    /** The mark of a passed check: the claim with its values, or, for a check in a loop, how often it held. */
    static String checkMark(ComputeOutput.CheckPassed c) {
        if (c.times() == 1) {
            return "<span class=\"check\" title=\"" + Html.escape("check passed: " + c.text() + " (" + c.detail() + ")")
                    + "\">\u2713 verified: " + Html.escape(c.summary()) + "</span>";
        }
        return "<span class=\"check\" title=\"" + Html.escape("check passed " + c.times() + " times: " + c.text()
                + " (last: " + c.detail() + ")") + "\">\u2713 verified " + c.times() + " times: "
                + Html.escape(c.text()) + "</span>";
    }
}
