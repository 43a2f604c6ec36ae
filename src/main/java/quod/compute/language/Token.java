package quod.compute.language;

import java.util.ArrayList;
import java.util.List;

/** One lexical token of an expression, with its offsets in the text it came from. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind { NUMBER, IDENT, OP, EOF }

    boolean is(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    /** Operators longest first, so {@code .*} wins over {@code .} and {@code <=} over {@code <}. */
    private static final String[] OPERATORS = {
        ".*", "./", ".^", "==", "<=", ">=", "~=",
        "+", "-", "*", "/", "\\", "^", "'", "(", ")", "[", "]", ",", ";", ":", "=", "<", ">"
    };

    /** Splits {@code text} into tokens, ending with an EOF token; offsets are shifted by {@code base}. */
    static List<Token> lex(String text, int base) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                int j = number(text, i);
                out.add(new Token(Kind.NUMBER, text.substring(i, j), base + i, base + j));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Token(Kind.IDENT, text.substring(i, j), base + i, base + j));
                i = j;
            } else {
                String op = operatorAt(text, i);
                if (op == null) {
                    throw new ComputeError("unexpected character " + describe(text.codePointAt(i)), base + i);
                }
                out.add(new Token(Kind.OP, op, base + i, base + i + op.length()));
                i += op.length();
            }
        }
        out.add(new Token(Kind.EOF, "", base + text.length(), base + text.length()));
        return out;
    }

    private static int number(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
            j++;
        }
        // "2.*A" is 2 times A, not "2." times A, so a dot followed by an operator is not a decimal point.
        if (j < text.length() && text.charAt(j) == '.' && !(j + 1 < text.length() && "*/^".indexOf(text.charAt(j + 1)) >= 0)) {
            j++;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                j++;
            }
        }
        if (j < text.length() && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < text.length() && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
                k++;
            }
            if (k < text.length() && Character.isDigit(text.charAt(k))) {
                while (k < text.length() && Character.isDigit(text.charAt(k))) {
                    k++;
                }
                j = k;
            }
        }
        return j;
    }

    /** A character for a message; outside ASCII also its code point, since it may be invisible or look like another. */
    private static String describe(int codePoint) {
        String c = "'" + new String(Character.toChars(codePoint)) + "'";
        return codePoint < 128 ? c : c + String.format(" (U+%04X)", codePoint);
    }

    private static String operatorAt(String text, int i) {
        for (String op : OPERATORS) {
            if (text.startsWith(op, i)) {
                return op;
            }
        }
        return null;
    }
}
