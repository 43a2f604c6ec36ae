package quod.math;

import quod.diagnostics.SourceText;

/**
 * A piece of TeX to render, and where it came from so that a KaTeX error can point into the source.
 *
 * @param tex     the TeX, without delimiters
 * @param display display (block) or inline style
 * @param source  the text the formula was found in
 * @param offset  offset of the TeX's first character in {@code source}
 */
public record Formula(String tex, boolean display, SourceText source, int offset) {
}
