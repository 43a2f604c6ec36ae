package quod.compute.runtime;

import quod.compute.language.Expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The text EJML compiles for an expression. It is the expression as written, except that:
 * <ul>
 * <li>whatever may be a whole number next to {@code /} is made a decimal: EJML divides two integers as
 * integers ({@code 1/2} is 0, {@code a/b} with {@code a = 35}, {@code b = 10} is 3), which no reader of a
 * maths page expects. A literal gets {@code .0}; a whole-number variable or a call of a function that
 * counts ({@code numel}, {@code rows}, {@code cols}, {@code rank}), or a sum, difference or product of
 * those, is written {@code (1.0*(x))}.
 * Integer literals too large for an int are written as decimals too.</li>
 * <li>elements of a matrix are separated by commas, because EJML reads {@code [1 -2]} as {@code [-1]}
 * where MATLAB (and the reader) sees two elements.</li>
 * <li>a part of a range that is more than a number, a name, a call or a parenthesis is put in
 * parentheses: EJML makes ranges of the single tokens on either side of each {@code :} before it
 * applies any operator, so it reads {@code 0:n-1} as {@code (0:n)-1} and {@code 0:5*q-1} as
 * {@code (0:5)*q-1}, and fails on both with messages about its own internals.</li>
 * <li>a product with a transposed factor, {@code A * B'} or {@code A' * B}, is a call of one of
 * {@link TransposedProducts}' functions, which multiply without writing the transpose out.</li>
 * </ul>
 */
final class EjmlText {
    /** Functions whose result EJML holds as an integer. */
    private static final Set<String> COUNTS = Set.of("numel", "rows", "cols", "rank");

    /**
     * Text put around {@code [start, end)} of the source. Spans nest or are disjoint, as subexpressions
     * do; a literal's {@code .0} is a span with nothing to open.
     */
    private record Span(int start, int end, String open, String close) { }

    /** Source text {@code [start, end)} written as {@code text}: the operator and quote of a transposed product. */
    private record Replacement(int start, int end, String text) { }

    private final Predicate<String> wholeNumber;
    private final List<Span> spans = new ArrayList<>();
    /** Offsets of matrix elements after the first of their row, which get a comma before them. */
    private final Set<Integer> commas = new TreeSet<>();
    private final TreeMap<Integer, Replacement> replacements = new TreeMap<>();

    private EjmlText(Predicate<String> wholeNumber) {
        this.wholeNumber = wholeNumber;
    }

    /** For text that needs no knowledge of the variables: every name is taken as a decimal. */
    static String of(String source, Expr e) {
        return of(source, e, name -> false);
    }

    /** @param wholeNumber whether a variable holds a whole number (which EJML holds as an int) */
    static String of(String source, Expr e, Predicate<String> wholeNumber) {
        EjmlText t = new EjmlText(wholeNumber);
        t.collect(e);
        return t.spans.isEmpty() && t.commas.isEmpty() && t.replacements.isEmpty()
                ? source.substring(e.start(), e.end()) : t.write(source, e);
    }

    private String write(String source, Expr e) {
        // At one offset: first what closes (the innermost span first), then the comma between matrix
        // elements, then what opens (the outermost span first). A literal widened twice ("a/2/3") counts once.
        List<Span> distinct = spans.stream().distinct().toList();
        TreeMap<Integer, String> closes = new TreeMap<>();
        TreeMap<Integer, String> opens = new TreeMap<>();
        distinct.stream().sorted(Comparator.comparingInt(Span::start).reversed())
                .forEach(s -> closes.merge(s.end(), s.close(), String::concat));
        distinct.stream().sorted(Comparator.comparingInt(Span::end).reversed())
                .forEach(s -> opens.merge(s.start(), s.open(), String::concat));
        Set<Integer> offsets = new TreeSet<>(closes.keySet());
        offsets.addAll(opens.keySet());
        offsets.addAll(commas);
        offsets.addAll(replacements.keySet());
        StringBuilder out = new StringBuilder();
        int at = e.start();
        for (int offset : offsets) {
            out.append(source, at, offset).append(closes.getOrDefault(offset, ""));
            if (commas.contains(offset) && !commaBefore(source, e.start(), offset)) {
                out.append(',');
            }
            out.append(opens.getOrDefault(offset, ""));
            Replacement r = replacements.get(offset);
            if (r != null) {
                // nothing starts or ends inside the replaced text: it is an operator, a quote and spaces
                out.append(r.text());
                at = r.end();
            } else {
                at = offset;
            }
        }
        return out.append(source, at, e.end()).toString();
    }

    /** Whether the element at {@code at} already follows a comma (spaces between allowed). */
    private static boolean commaBefore(String source, int from, int at) {
        int k = at - 1;
        while (k > from && Character.isWhitespace(source.charAt(k))) {
            k--;
        }
        return source.charAt(k) == ',';
    }

    private void collect(Expr e) {
        if (e instanceof Expr.Binary b && b.op().equals("*")) {
            transposedProduct(b);
        }
        if (e instanceof Expr.Num n && n.digitsOnly() && !n.integral()) {
            decimal(n); // too large for EJML's int: a decimal keeps its value
        } else if (e instanceof Expr.Binary b && b.op().equals("/")) {
            widen(b.left());
            widen(b.right());
        } else if (e instanceof Expr.Range r) {
            for (Expr part : e.children()) {
                if (!(part instanceof Expr.Num || part instanceof Expr.Ident || part instanceof Expr.Call
                        || part instanceof Expr.Group)) {
                    spans.add(new Span(part.start(), part.end(), "(", ")"));
                }
            }
        } else if (e instanceof Expr.MatrixLit m) {
            for (List<Expr> row : m.rows()) {
                // EJML reads "[1 -2]" as 1-2; a comma before each element keeps MATLAB's meaning.
                row.stream().skip(1).forEach(x -> commas.add(x.start()));
            }
        }
        e.children().forEach(this::collect);
    }

    /**
     * {@code L * R'} becomes {@code quod$multTransB(L,R)} and {@code L' * R} becomes {@code quod$multTransA(L,R)}:
     * the call wraps the product, the operator between the factors becomes the comma, and the quote goes.
     */
    private void transposedProduct(Expr.Binary b) {
        if (b.right() instanceof Expr.Transpose t) {
            spans.add(new Span(b.start(), b.end(), TransposedProducts.TRANS_B + "(", ")"));
            replace(b.left().end(), t.operand().start(), ",");
            replace(t.operand().end(), t.end(), "");
        } else if (b.left() instanceof Expr.Transpose t) {
            spans.add(new Span(b.start(), b.end(), TransposedProducts.TRANS_A + "(", ")"));
            replace(t.operand().end(), t.end(), "");
            replace(t.end(), b.right().start(), ",");
        }
    }

    private void replace(int start, int end, String text) {
        replacements.put(start, new Replacement(start, end, text));
    }

    /** Makes an operand of '/' a decimal if it may be a whole number. */
    private void widen(Expr e) {
        Expr inner = e;
        while (inner instanceof Expr.Group g) {
            inner = g.inner();
        }
        if (inner instanceof Expr.Num n && n.integral()) {
            decimal(n);
        } else if (!(inner instanceof Expr.Num) && mayBeWhole(inner)) {
            spans.add(new Span(inner.start(), inner.end(), "(1.0*(", "))"));
        }
    }

    /**
     * Whether EJML may hold the value as an integer: whole-number literals and variables, counts, and
     * sums, differences and products of those ({@code (n+1)/(n-1)} would otherwise divide as integers).
     */
    private boolean mayBeWhole(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.integral();
        } else if (e instanceof Expr.Ident id) {
            return wholeNumber.test(id.name());
        } else if (e instanceof Expr.Call c) {
            return COUNTS.contains(c.name().name());
        } else if (e instanceof Expr.Group g) {
            return mayBeWhole(g.inner());
        } else if (e instanceof Expr.Negate n) {
            return mayBeWhole(n.operand());
        } else if (e instanceof Expr.Binary b && List.of("+", "-", "*").contains(b.op())) {
            return mayBeWhole(b.left()) && mayBeWhole(b.right());
        }
        return false;
    }

    private void decimal(Expr.Num n) {
        spans.add(new Span(n.end(), n.end(), "", ".0"));
    }
}
