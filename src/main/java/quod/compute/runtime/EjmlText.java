package quod.compute.runtime;

import quod.compute.language.Expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The text EJML compiles for an expression. It is the expression as written, except that whatever
 * may be a whole number next to {@code /} is made a decimal: EJML divides two integers as integers
 * ({@code 1/2} is 0, {@code a/b} with {@code a = 35}, {@code b = 10} is 3), which no reader of a maths
 * page expects. A literal gets {@code .0}; a whole-number variable or a call of a function that counts
 * ({@code numel}, {@code rows}, {@code cols}, {@code rank}) is written {@code (1.0*(x))}. And elements of
 * a matrix are separated by commas, because EJML reads {@code [1 -2]} as {@code [-1]} where MATLAB (and
 * the reader) sees two elements. Integer literals too large for an int are written as decimals too.
 */
final class EjmlText {
    private EjmlText() {
    }

    /** Functions whose result EJML holds as an integer. */
    private static final Set<String> COUNTS = Set.of("numel", "rows", "cols", "rank");

    /** For text that needs no knowledge of the variables: every name is taken as a decimal. */
    static String of(String source, Expr e) {
        return of(source, e, name -> false);
    }

    /** @param wholeNumber whether a variable holds a whole number (which EJML holds as an int) */
    static String of(String source, Expr e, java.util.function.Predicate<String> wholeNumber) {
        // Identity, not equality: two literals with the same text at different offsets are both widened.
        Set<Expr.Num> widen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Expr> wrap = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Integer> commas = new ArrayList<>();
        collect(e, widen, wrap, wholeNumber, commas);
        if (widen.isEmpty() && wrap.isEmpty() && commas.isEmpty()) {
            return source.substring(e.start(), e.end());
        }
        // Insertions: ".0" after widened literals, "(1.0*(" ... "))" around whole-number operands,
        // "," before matrix elements; applied left to right.
        java.util.TreeMap<Integer, String> inserts = new java.util.TreeMap<>();
        widen.forEach(n -> inserts.merge(n.end(), ".0", String::concat));
        wrap.forEach(x -> {
            inserts.merge(x.start(), "(1.0*(", (a, b) -> a + b);
            inserts.merge(x.end(), "))", (a, b) -> b + a);
        });
        for (int at : commas) {
            int k = at - 1;
            while (k > e.start() && Character.isWhitespace(source.charAt(k))) {
                k--;
            }
            if (source.charAt(k) != ',') {
                inserts.merge(at, ",", (a, b) -> b + a);
            }
        }
        StringBuilder out = new StringBuilder();
        int at = e.start();
        for (var insert : inserts.entrySet()) {
            out.append(source, at, insert.getKey()).append(insert.getValue());
            at = insert.getKey();
        }
        return out.append(source, at, e.end()).toString();
    }

    private static void collect(Expr e, Set<Expr.Num> widen, Set<Expr> wrap, java.util.function.Predicate<String> wholeNumber,
                                List<Integer> commas) {
        if (e instanceof Expr.Num n && n.digitsOnly() && !n.integral() && !widen.contains(n)) {
            widen.add(n); // too large for EJML's int: a decimal keeps its value
        } else if (e instanceof Expr.Binary b) {
            if (b.op().equals("/")) {
                widen(b.left(), widen, wrap, wholeNumber);
                widen(b.right(), widen, wrap, wholeNumber);
            }
            collect(b.left(), widen, wrap, wholeNumber, commas);
            collect(b.right(), widen, wrap, wholeNumber, commas);
        } else if (e instanceof Expr.Group g) {
            collect(g.inner(), widen, wrap, wholeNumber, commas);
        } else if (e instanceof Expr.Negate n) {
            collect(n.operand(), widen, wrap, wholeNumber, commas);
        } else if (e instanceof Expr.Transpose t) {
            collect(t.operand(), widen, wrap, wholeNumber, commas);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> collect(a, widen, wrap, wholeNumber, commas));
        } else if (e instanceof Expr.MatrixLit m) {
            for (List<Expr> row : m.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    // EJML reads "[1 -2]" as 1-2; a comma before each element keeps MATLAB's meaning.
                    if (i > 0) {
                        commas.add(row.get(i).start());
                    }
                    collect(row.get(i), widen, wrap, wholeNumber, commas);
                }
            }
        }
    }

    /** Makes an operand of '/' a decimal if it may be a whole number. */
    private static void widen(Expr e, Set<Expr.Num> widen, Set<Expr> wrap, java.util.function.Predicate<String> wholeNumber) {
        Expr inner = e;
        while (inner instanceof Expr.Group g) {
            inner = g.inner();
        }
        if (inner instanceof Expr.Num n && n.integral() && !widen.contains(n)) {
            widen.add(n);
        } else if (inner instanceof Expr.Ident id && wholeNumber.test(id.name())
                || inner instanceof Expr.Call c && COUNTS.contains(c.name().name())) {
            wrap.add(inner);
        }
    }
}
