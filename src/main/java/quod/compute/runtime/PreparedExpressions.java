package quod.compute.runtime;

import quod.compute.language.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What running an expression needs worked out first, kept for the expressions of a loop's body: the
 * checks of {@link Checker}, the sizes of {@link MatrixSizes} and the text of {@link EjmlText}. Those read
 * nothing but the expression and the variables it names (whether each exists, its kind, a matrix's shape,
 * a number's value, a 1x1 matrix's element), so while those are as they were the work is the same, and a
 * loop body run 60,000 times does it once instead of 60,000 times. A variable whose definition failed is
 * never taken as unchanged: the checker must see it, to stay quiet about what depends on it.
 */
final class PreparedExpressions {
    /** The EJML text of an expression (or of a statement assigning into part of a matrix), and the elements it creates. */
    record Prepared(String text, double needs) { }

    /** How a variable was when an expression was prepared: what the checks read of it, and no more. */
    private record Seen(int kind, int rows, int cols, double value) {
        static final int ABSENT = 0;
        static final int NUMBER = 1;
        static final int WHOLE = 2;
        static final int MATRIX = 3;

        static Seen of(Value v) {
            if (v == null) {
                return new Seen(ABSENT, 0, 0, 0);
            } else if (v instanceof Value.Scalar s) {
                return new Seen(s.integral() ? WHOLE : NUMBER, 1, 1, s.value());
            }
            // The checks read a 1x1 matrix's element as a number; a matrix's elements may change in place.
            return new Seen(MATRIX, v.rows(), v.cols(), v.isScalarLike() ? v.asDouble() : 0);
        }

        boolean matches(Value v) {
            if (v == null) {
                return kind == ABSENT;
            } else if (v instanceof Value.Scalar s) {
                return kind == (s.integral() ? WHOLE : NUMBER) && Double.compare(value, s.value()) == 0;
            }
            return kind == MATRIX && rows == v.rows() && cols == v.cols()
                    && (!v.isScalarLike() || Double.compare(value, v.asDouble()) == 0);
        }
    }

    private record Entry(String source, String[] names, Seen[] seen, Prepared prepared) { }

    private final Map<Expr, Entry> kept = new IdentityHashMap<>();

    /**
     * What was prepared for {@code e} of {@code source}, if the variables it names are as they were then
     * and none of them failed; otherwise null, and the caller prepares it anew.
     */
    Prepared get(String source, Expr e, Map<String, Value> scope, Set<String> failed) {
        Entry entry = kept.get(e);
        if (entry == null || entry.source() != source) {
            return null;
        }
        String[] names = entry.names();
        for (int i = 0; i < names.length; i++) {
            if (!entry.seen()[i].matches(scope.get(names[i])) || failed.contains(names[i])) {
                return null;
            }
        }
        return entry.prepared();
    }

    /** Keeps what was prepared for {@code e}, which reads the variables named in {@code parts}. */
    void keep(String source, Expr e, List<Expr> parts, Map<String, Value> scope, Prepared prepared) {
        Entry old = kept.get(e);
        String[] list;
        if (old != null && old.source() == source) {
            // kept before, when a variable it names was otherwise (the loop's own variable, often): same names
            list = old.names();
        } else {
            Set<String> names = new LinkedHashSet<>();
            parts.forEach(p -> collectNames(p, names));
            list = names.toArray(String[]::new);
        }
        Seen[] seen = new Seen[list.length];
        for (int i = 0; i < list.length; i++) {
            seen[i] = Seen.of(scope.get(list[i]));
        }
        kept.put(e, new Entry(source, list, seen, prepared));
    }

    /** Forgets everything: the loop that would run these expressions again has ended. */
    void clear() {
        kept.clear();
    }

    /** Every name an expression mentions: variables, and functions, which a variable of that name would hide. */
    private static void collectNames(Expr e, Set<String> names) {
        List<Expr> pending = new ArrayList<>(List.of(e));
        while (!pending.isEmpty()) {
            Expr x = pending.remove(pending.size() - 1);
            if (x instanceof Expr.Ident id) {
                names.add(id.name());
            } else if (x instanceof Expr.Call c) {
                names.add(c.name().name());
            }
            pending.addAll(x.children());
        }
    }
}
