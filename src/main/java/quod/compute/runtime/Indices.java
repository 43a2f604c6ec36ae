package quod.compute.runtime;

import quod.compute.language.ComputeError;
import quod.compute.language.Expr;

import java.util.Map;

/**
 * The indices and ranges inside {@code A(...)}, checked against the matrix before EJML runs: EJML
 * reports an index past the end only as a Java array error, a backwards range or a step of 0 in its
 * own words, and adds matrices of different sizes without complaint when they come from ranges.
 * Whatever is known before running (literals, whole-number variables, the sizes of known matrices,
 * and sums, differences and products of those) is checked here, with the user's text pointed at.
 */
final class Indices {
    private final Map<String, Value> scope;

    Indices(Map<String, Value> scope) {
        this.scope = scope;
    }

    /** The value of an index known before running, or null. */
    Long known(Expr e) {
        if (e instanceof Expr.Num n && n.integral()) {
            return Long.valueOf(n.text());
        } else if (e instanceof Expr.Ident id && scope.get(id.name()) instanceof Value.Scalar s && s.integral()) {
            return (long) s.value();
        } else if (e instanceof Expr.Group g) {
            return known(g.inner());
        } else if (e instanceof Expr.Negate n) {
            Long v = known(n.operand());
            return v == null ? null : -v;
        } else if (e instanceof Expr.Binary b && (b.op().equals("+") || b.op().equals("-") || b.op().equals("*"))) {
            Long l = known(b.left());
            Long r = known(b.right());
            if (l == null || r == null) {
                return null;
            }
            long v = switch (b.op()) {
                case "+" -> l + r;
                case "-" -> l - r;
                default -> l * r;
            };
            // beyond an int EJML's own arithmetic would have wrapped around: leave it to run
            return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : v;
        } else if (e instanceof Expr.Call c && c.args().size() == 1 && !scope.containsKey(c.name().name())
                && c.args().get(0) instanceof Expr.Ident id && scope.get(id.name()) instanceof Value.Matrix m) {
            return switch (c.name().name()) {
                case "rows" -> (long) m.rows();
                case "cols" -> (long) m.cols();
                case "numel" -> (long) m.rows() * m.cols();
                default -> null;
            };
        }
        return null;
    }

    /**
     * How many of the {@code length} rows, columns or elements of matrix {@code m} an index, range or
     * list selects; null when that is not known before running.
     *
     * @throws ComputeError for an index outside the matrix, a step that is not positive, or a range
     *                      that ends before it starts, at the part of the user's text that is wrong
     */
    Integer count(Expr index, int length, Value m) {
        if (index instanceof Expr.IntList l) {
            Integer total = 0;
            for (Expr item : l.items()) {
                Integer n = count(item, length, m);
                total = total == null || n == null ? null : total + n;
            }
            return total;
        }
        if (!(index instanceof Expr.Range r)) {
            Long i = known(index);
            if (i != null) {
                within(i, index, length, m);
            }
            return 1;
        }
        if (r.from() == null) {
            return length; // ':'
        }
        Long from = known(r.from());
        Long step = r.step() == null ? Long.valueOf(1) : known(r.step());
        Long to = r.to() == null ? Long.valueOf(length - 1) : known(r.to());
        order(r);
        if (from == null || step == null || to == null) {
            return null;
        }
        if (to == from - 1) { // an empty range, as 0:n-1 is with n = 0
            within(from, r.from(), length + 1, m);
            return 0;
        }
        long last = from + (to - from) / step * step;
        within(from, r.from(), length, m);
        within(last, r.to() == null ? r.from() : r.to(), length, m);
        return (int) ((to - from) / step + 1);
    }

    /**
     * Checks the parts of a range known before running, wherever it stands: EJML counts up only, and
     * reports a step of 0 or a range written backwards in its own words, without a position.
     */
    void order(Expr.Range r) {
        Long step = r.step() == null ? Long.valueOf(1) : known(r.step());
        if (step != null && step <= 0) {
            throw new ComputeError("the step of a range must be a positive whole number, got " + step
                    + " (ranges count up)", r.step().start());
        }
        Long from = r.from() == null ? null : known(r.from());
        Long to = r.to() == null ? null : known(r.to());
        if (from != null && to != null && to < from - 1) {
            throw new ComputeError("this range runs from " + from + " down to " + to
                    + ": ranges count up, so write the smaller index first", r.start());
        }
        if (from != null && to != null && to == from - 1 && r.step() != null) {
            // With a step EJML still selects the first index (it rounds the count toward zero).
            throw new ComputeError("this range selects nothing (it ends at " + to + ", before its start " + from
                    + "), which a range with a step cannot: write it without the step", r.start());
        }
    }

    private static void within(long index, Expr at, int length, Value m) {
        if (index < 0 || index >= length) {
            throw new ComputeError("index " + index + " out of range for " + m.shape() + " matrix (indices start at 0)",
                    at.start());
        }
    }
}
