package quod.math;

import quod.diagnostics.Diagnostics;

/** Turns a formula into the HTML that stands for it in a page. */
public interface MathRenderer {

    /** The HTML for {@code formula}; bad TeX is reported to {@code diagnostics} and gives a placeholder. */
    String render(Formula formula, Diagnostics diagnostics);

    /** How many formulas were rendered, and how many of those came from the cache. */
    MathStats stats();
}
