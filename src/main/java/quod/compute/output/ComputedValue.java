package quod.compute.output;

/**
 * What a {@code {{ }}} value puts on the page: plain text, or TeX to render as math. Inside a formula
 * it is always TeX, spliced into the formula.
 */
public record ComputedValue(String text, boolean math) { }
