package quod.diagnostics;

/**
 * How many terminal cells a piece of a source line takes, so that the caret under a diagnostic stands under
 * its character: a combining accent or a zero-width joiner takes none, and a CJK ideograph, a Hangul
 * syllable, a full-width form or an emoji takes two. The JDK has no East Asian Width table, and the one
 * library that does (ICU4J) is far larger than this; the ranges are those of Markus Kuhn's wcwidth, with
 * the emoji blocks that terminals have since widened.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(CharSequence text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }

    private static int of(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(c) ? 2 : 1;
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)     // Hangul initial consonants
                || c == 0x2329 || c == 0x232A     // angle brackets
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) // CJK radicals ... Yi
                || (c >= 0xAC00 && c <= 0xD7A3)   // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF)   // CJK compatibility ideographs
                || (c >= 0xFE10 && c <= 0xFE19)   // vertical forms
                || (c >= 0xFE30 && c <= 0xFE6F)   // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60)   // full-width forms
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x1F300 && c <= 0x1F64F) // pictographs, emoticons
                || (c >= 0x1F680 && c <= 0x1F6FF) // transport and map symbols
                || (c >= 0x1F900 && c <= 0x1F9FF) // supplemental pictographs
                || (c >= 0x20000 && c <= 0x3FFFD); // CJK extension planes
    }
}
