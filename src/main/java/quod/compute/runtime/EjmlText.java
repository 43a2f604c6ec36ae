package quod.compute.runtime;

import quod.compute.language.Expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The text EJML compiles for an expression. It is the expression as written, except that an
 * integer literal next to {@code /} is written as a decimal: EJML divides two integers as integers
 * ({@code 1/2} is 0), which no reader of a maths page expects. Two integer variables still divide as
 * integers; write {@code 1.0*n/m} there. And elements of a matrix are separated by commas, because
 * EJML reads {@code [1 -2]} as {@code [-1]} where MATLAB (and the reader) sees two elements. Integer
 * literals too large for an int are written as decimals too.
 */
final class EjmlText {
    private EjmlText() {
    }

    static String of(String source, Expr e) {
        // Identity, not equality: two literals with the same text at different offsets are both widened.
        Set<Expr.Num> widen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Integer> commas = new ArrayList<>();
        collect(e, widen, commas);
        if (widen.isEmpty() && commas.isEmpty()) {
            return source.substring(e.start(), e.end());
        }
        // Insertions: ".0" after widened literals, "," before matrix elements; applied left to right.
        java.util.TreeMap<Integer, String> inserts = new java.util.TreeMap<>();
        widen.forEach(n -> inserts.merge(n.end(), ".0", String::concat));
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

    private static void collect(Expr e, Set<Expr.Num> widen, List<Integer> commas) {
        if (e instanceof Expr.Num n && n.digitsOnly() && !n.integral() && !widen.contains(n)) {
            widen.add(n); // too large for EJML's int: a decimal keeps its value
        } else if (e instanceof Expr.Binary b) {
            if (b.op().equals("/")) {
                widenLiteral(b.left(), widen);
                widenLiteral(b.right(), widen);
            }
            collect(b.left(), widen, commas);
            collect(b.right(), widen, commas);
        } else if (e instanceof Expr.Group g) {
            collect(g.inner(), widen, commas);
        } else if (e instanceof Expr.Negate n) {
            collect(n.operand(), widen, commas);
        } else if (e instanceof Expr.Transpose t) {
            collect(t.operand(), widen, commas);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> collect(a, widen, commas));
        } else if (e instanceof Expr.MatrixLit m) {
            for (List<Expr> row : m.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    // EJML reads "[1 -2]" as 1-2; a comma before each element keeps MATLAB's meaning.
                    if (i > 0) {
                        commas.add(row.get(i).start());
                    }
                    collect(row.get(i), widen, commas);
                }
            }
        }
    }

    private static void widenLiteral(Expr e, Set<Expr.Num> widen) {
        Expr inner = e;
        while (inner instanceof Expr.Group g) {
            inner = g.inner();
        }
        if (inner instanceof Expr.Num n && n.integral() && !widen.contains(n)) {
            widen.add(n);
        }
    }
}
