package quod.math;

import quod.diagnostics.Diagnostics;
import quod.html.Html;

/**
 * {@code --math client}: formulas stay TeX in the page, inside the delimiters KaTeX's auto-render looks
 * for, and are rendered in the reader's browser. For platforms where V8 cannot run at build time.
 * TeX errors then show in the browser instead of failing the build.
 */
public final class ClientMathRenderer implements MathRenderer {
    private int formulas;

    @Override
    public synchronized String render(Formula formula, Diagnostics diagnostics) {
        formulas++;
        String tex = Html.escape(formula.tex());
        return formula.display()
                ? "<span class=\"katex-display-pending\">\\[" + tex + "\\]</span>"
                : "<span class=\"katex-pending\">\\(" + tex + "\\)</span>";
    }

    @Override
    public synchronized MathStats stats() {
        return new MathStats(formulas, 0);
    }
}
