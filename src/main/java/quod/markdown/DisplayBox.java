package quod.markdown;

import quod.html.Html;

/**
 * The HTML around wide things a reader may need to scroll: a display formula, a table. The formula sits
 * in its own scroll box and an equation's number beside it, outside the box, so the number stays in
 * view (and in print, and without scripts) however wide the formula is. The box is focusable and named,
 * so keyboard users can scroll it and screen readers say what it holds. Each box is a landmark (a named
 * {@code region}), so its name is unique on the page, as landmarks' names must be for a reader to tell them
 * apart in a screen reader's list: an equation by its number, a captioned table by its caption ("Table 1: Values"),
 * any other formula or table by its place among the page's formulas or tables ("Formula 3", "Table 2"). The theme draws the fade at an
 * edge with more to see ({@code templates/assets/quod.css}, {@code .scroll-box}).
 */
final class DisplayBox {
    private DisplayBox() {
    }

    /** The {@code ordinal}-th (from 1) unnumbered display formula of its page, already rendered. */
    static String formula(int ordinal, String formulaHtml) {
        return "<div class=\"math-display\">" + box("Formula " + ordinal, formulaHtml) + "</div>";
    }

    /** A numbered display formula, already rendered, with its anchor {@code id} and its number. */
    static String equation(String id, int number, String formulaHtml) {
        String shown = "(" + number + ")";
        return "<div class=\"math-display equation\" id=\"" + Html.escape(id) + "\">" + box("Equation " + shown, formulaHtml)
                + "<span class=\"eqno\">" + shown + "</span></div>";
    }

    /** The opening of the scroll box of a table named {@code name} ("Table 2"); {@link #close()} ends it. */
    static String openTable(String name) {
        return "<div class=\"table-display scroll-box\" tabindex=\"0\" role=\"region\" aria-label=\"" + Html.escape(name) + "\">";
    }

    static String close() {
        return "</div>";
    }

    private static String box(String name, String html) {
        return "<div class=\"math-scroll scroll-box\" tabindex=\"0\" role=\"region\" aria-label=\"" + name + "\">" + html + "</div>";
    }
}
