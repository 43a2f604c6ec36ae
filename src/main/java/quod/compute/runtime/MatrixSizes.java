package quod.compute.runtime;

import quod.compute.language.Builtins;
import quod.compute.language.ComputeError;
import quod.compute.language.Expr;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import quod.config.Limits;

/**
 * How large the matrices an expression would create are, worked out before it runs from the
 * shapes and values in scope, so that {@code zeros(40000, 40000)} or {@code v * v'} of a long
 * vector is reported at its position instead of exhausting memory. EJML allocates each result
 * inside its operations, where nothing can be checked first, so the check has to come before.
 *
 * <p>Shapes are upper bounds: exact when every size is known (variables, literals, integer
 * variables and sums of them), larger when a size depends on a value known only when running
 * ({@code rank(A)} is at most the smaller side of {@code A}). Integers are bounded by {@link Interval}s,
 * and an interval that leaves EJML's {@code int} range, where its arithmetic wraps around, widens
 * to the whole range. A size whose bound cannot be known at all is an error: it needs a value
 * that EJML computes, and writing it into a variable first makes it known.
 *
 * <p>Runs after {@link Checker}, so names exist and argument counts are right.
 */
final class MatrixSizes {
    /** Functions that decompose, working on a copy of their argument ({@code solve} counts its own). */
    private static final Set<String> COPYING = Set.of("inv", "pinv", "rref", "det", "svals",
            "eigvals", "specrad", "norm2", "rank", "cond");

    /** At most {@code rows x cols}; {@code scalar} for EJML's numbers, which are not 1x1 matrices. */
    record Dims(double rows, double cols, boolean exact, boolean scalar) {
        static final Dims SCALAR = new Dims(1, 1, true, true);

        static Dims matrix(double rows, double cols, boolean exact) {
            return new Dims(Math.max(0, rows), Math.max(0, cols), exact, false);
        }

        static Dims of(Value v) {
            return v instanceof Value.Matrix ? matrix(v.rows(), v.cols(), true) : SCALAR;
        }

        double elements() {
            return rows == 0 || cols == 0 ? 0 : rows * cols;
        }
    }

    private final Map<String, Value> scope;
    private final Limits limits;
    private final String source;
    private double created;

    /** @param source the statement's text, which expression offsets index into */
    MatrixSizes(Map<String, Value> scope, Limits limits, String source) {
        this.scope = scope;
        this.limits = limits;
        this.source = source;
    }

    /**
     * Checks every matrix {@code e} would create against {@link Limits#matrixElements()} and returns
     * how many elements running it creates at most: its intermediate results, the working copies of
     * decompositions, and the copy of the result the workspace keeps.
     */
    double created(Expr e) {
        Dims result = dims(e);
        if (!result.scalar()) {
            created += result.elements();
        }
        return created;
    }

    /** The elements a decomposition of {@code x} into {@code outputs} factors needs, each at most the size of x. */
    static double decomposition(Value x, int outputs) {
        // The factors, EJML's working copy, and the copy Quod decomposes.
        return (outputs + 2.0) * x.rows() * x.cols();
    }

    /** The message when a statement would take a page past {@link Limits#pageElements()}. */
    static String pageMessage(String text, double needs, double held, Limits limits) {
        return "computing " + text + " needs up to " + elementsText(needs) + " matrix elements on top of the " + elementsText(held)
                + " this page holds, more than the limit of " + limits.pageElements()
                + " for a page (limits.pageElements in site.yml)";
    }

    private Dims dims(Expr e) {
        if (e instanceof Expr.Num) {
            return Dims.SCALAR;
        } else if (e instanceof Expr.Ident id) {
            Value v = scope.get(id.name());
            return v == null ? Dims.SCALAR : Dims.of(v);
        } else if (e instanceof Expr.Group g) {
            return dims(g.inner());
        } else if (e instanceof Expr.Negate n) {
            return made(e, dims(n.operand()));
        } else if (e instanceof Expr.Transpose t) {
            Dims d = dims(t.operand());
            return d.scalar() ? d : made(e, Dims.matrix(d.cols(), d.rows(), d.exact()));
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.MatrixLit m) {
            return literal(m);
        }
        // A range or an index list on its own is not a matrix; its parts may still compute matrices.
        e.children().forEach(this::value);
        return Dims.SCALAR;
    }

    /** Counts a new matrix of at most {@code d}, the result of {@code node}, after checking it against the limit. */
    private Dims made(Expr node, Dims d) {
        if (d.scalar()) {
            return d;
        }
        double n = d.elements();
        if (n > limits.matrixElements()) {
            throw new ComputeError(text(node) + (d.exact() ? " would have " : " could have up to ") + elementsText(n)
                    + " elements, more than the limit of " + limits.matrixElements()
                    + " (limits.matrixElements in site.yml)", node.start());
        }
        created += n;
        return d;
    }

    private Dims binary(Expr.Binary b) {
        Dims l = dims(b.left());
        Dims r = dims(b.right());
        if (l.scalar() && r.scalar()) {
            return Dims.SCALAR;
        }
        boolean exact = l.exact() && r.exact();
        return switch (b.op()) {
            case "*" -> made(b, l.scalar() ? r : r.scalar() ? l : Dims.matrix(l.rows(), r.cols(), exact));
            // A / B with two matrices solves B' X' = A' (EJML: solve(B, A)); A \ B solves A X = B.
            case "/" -> l.scalar() ? made(b, r) : r.scalar() ? made(b, l) : solve(b, r, l);
            case "\\" -> l.scalar() ? made(b, r) : r.scalar() ? made(b, l) : solve(b, l, r);
            case "^" -> Dims.SCALAR;
            default -> made(b, l.scalar() ? r : r.scalar() ? l
                    : Dims.matrix(Math.max(l.rows(), r.rows()), Math.max(l.cols(), r.cols()), exact));
        };
    }

    private Dims solve(Expr node, Dims a, Dims b) {
        created += a.elements();
        return made(node, Dims.matrix(a.cols(), b.cols(), a.exact() && b.exact()));
    }

    private Dims call(Expr.Call c) {
        String name = c.name().name();
        Value variable = scope.get(name);
        if (variable != null) {
            return submatrix(c, variable);
        }
        List<Expr> args = c.args();
        switch (name) {
            case "zeros", "ones", "rand", "randn" -> {
                Interval rows = size(c, args.get(0));
                Interval cols = args.size() > 1 ? size(c, args.get(1)) : rows;
                return made(c, Dims.matrix(rows.hi(), cols.hi(), rows.exact() && cols.exact()));
            }
            case "randorth" -> {
                Interval n = size(c, args.get(0));
                Dims q = made(c, Dims.matrix(n.hi(), n.hi(), n.exact()));
                created += 2 * q.elements(); // the Gaussian matrix and R of its QR
                return q;
            }
            default -> {
                // every other function's result follows from its arguments' shapes
            }
        }
        Dims[] a = args.stream().map(this::dims).toArray(Dims[]::new);
        Dims first = a.length > 0 ? a[0] : Dims.SCALAR;
        if (COPYING.contains(name) && !first.scalar()) {
            created += first.elements();
        }
        if (Builtins.SCALAR_VALUED.contains(name) || a.length > 0 && first.scalar() && !name.equals("eye")) {
            return Dims.SCALAR;
        }
        return switch (name) {
            case "eye" -> first.scalar() ? square(c, args.get(0)) : made(c, first);
            case "kron" -> made(c, Dims.matrix(first.rows() * a[1].rows(), first.cols() * a[1].cols(),
                    first.exact() && a[1].exact()));
            case "diag" -> made(c, first.exact() && first.rows() != 1 && first.cols() != 1
                    ? Dims.matrix(Math.min(first.rows(), first.cols()), 1, true)
                    : Dims.matrix(first.elements(), first.elements(), first.exact()));
            case "pinv" -> made(c, Dims.matrix(first.cols(), first.rows(), first.exact()));
            case "solve" -> solve(c, first, a[1]);
            case "svals" -> made(c, Dims.matrix(Math.min(first.rows(), first.cols()), 1, first.exact()));
            case "eigvals" -> {
                created += 2 * first.elements(); // the eigenvectors and eigenvalues of the decomposition
                yield made(c, Dims.matrix(first.rows(), 1, first.exact()));
            }
            case "colmeans" -> made(c, Dims.matrix(1, first.cols(), first.exact()));
            case "rowmeans" -> made(c, Dims.matrix(first.rows(), 1, first.exact()));
            case "center" -> {
                created += first.rows();
                yield made(c, first);
            }
            // sum, max and min along a dimension give a vector no larger than the matrix
            case "sum", "max", "min" -> a.length == 1 ? Dims.SCALAR
                    : made(c, Dims.matrix(first.rows(), first.cols(), false));
            default -> Builtins.ELEMENTWISE.contains(name) || name.equals("inv") || name.equals("rref")
                    ? made(c, first) : Dims.SCALAR;
        };
    }

    private Dims square(Expr.Call c, Expr size) {
        Interval n = size(c, size);
        return made(c, Dims.matrix(n.hi(), n.hi(), n.exact()));
    }

    /** {@code A(rows, cols)} or {@code A(indices)}: EJML allocates what the indices ask for before checking them. */
    private Dims submatrix(Expr.Call c, Value v) {
        Dims m = Dims.of(v);
        boolean single = true;
        for (Expr arg : c.args()) {
            single &= !(arg instanceof Expr.Range) && !(arg instanceof Expr.IntList);
        }
        if (single) {
            c.args().forEach(this::value);
            return Dims.SCALAR;
        }
        if (c.args().size() == 1) {
            Interval n = count(c, c.args().get(0), m.elements());
            return made(c, Dims.matrix(1, n.hi(), n.exact()));
        }
        Interval rows = count(c, c.args().get(0), m.rows());
        Interval cols = count(c, c.args().get(1), m.cols());
        return made(c, Dims.matrix(rows.hi(), cols.hi(), rows.exact() && cols.exact()));
    }

    /** How many indices {@code index} selects out of {@code length}: {@code :}, a range, a list, or one. */
    private Interval count(Expr.Call owner, Expr index, double length) {
        if (index instanceof Expr.IntList l) {
            double lo = 0;
            double hi = 0;
            for (Expr item : l.items()) {
                Interval n = count(owner, item, length);
                lo += n.lo();
                hi += n.hi();
            }
            return Interval.between(lo, hi);
        }
        if (!(index instanceof Expr.Range r)) {
            value(index);
            return Interval.exactly(1);
        }
        if (r.from() == null) {
            return Interval.exactly(length);
        }
        Interval from = value(r.from());
        if (r.step() != null) {
            value(r.step());
        }
        if (r.to() == null) {
            // from:  runs to the end, which EJML checks against the matrix
            return Interval.between(0, length);
        }
        return elements(owner, from, value(r.to()), r.step() == null);
    }

    /** Elements of {@code from:to} (any step of at least 1): exact for step 1 and known ends. */
    private Interval elements(Expr owner, Interval from, Interval to, boolean unitStep) {
        if (!from.bounded() || !to.bounded()) {
            throw cannotTell(owner);
        }
        if (unitStep && from.exact() && to.exact()) {
            return Interval.exactly(Math.max(0, to.hi() - from.lo() + 1));
        }
        // A negative step counts down; either way there are at most |to - from| + 1 elements.
        return Interval.between(0, Math.max(to.hi() - from.lo(), from.hi() - to.lo()) + 1);
    }

    /** {@code [a b; c d]}: rows side by side add their columns, rows stacked add their heights. */
    private Dims literal(Expr.MatrixLit m) {
        double rows = 0;
        double cols = 0;
        boolean exact = true;
        for (List<Expr> row : m.rows()) {
            double height = 0;
            double width = 0;
            for (Expr item : row) {
                Dims d = item instanceof Expr.Range r ? rangeInLiteral(m, r) : dims(item);
                height = Math.max(height, d.rows());
                width += d.cols();
                exact &= d.exact();
            }
            if (!row.isEmpty()) {
                rows += height;
                cols = Math.max(cols, width);
            }
        }
        return made(m, Dims.matrix(rows, cols, exact));
    }

    /** {@code [0:n]} is the row 0, 1, ..., n. */
    private Dims rangeInLiteral(Expr.MatrixLit owner, Expr.Range r) {
        if (r.from() == null || r.to() == null) {
            r.children().forEach(this::value);
            return Dims.SCALAR; // EJML rejects a range without both ends here
        }
        Interval from = value(r.from());
        if (r.step() != null) {
            value(r.step());
        }
        Interval n = elements(owner, from, value(r.to()), r.step() == null);
        return Dims.matrix(1, n.hi(), n.exact());
    }

    /** A size argument: a whole number known, or bounded, before running. */
    private Interval size(Expr.Call owner, Expr arg) {
        Interval v = value(arg);
        if (!v.bounded()) {
            throw cannotTell(owner);
        }
        return Interval.between(Math.max(0, v.lo()), Math.max(0, v.hi()));
    }

    /**
     * The values {@code e} may take, for sizes and indices. Counts the matrices it creates on the way,
     * exactly once, whether or not its value can be bounded.
     */
    private Interval value(Expr e) {
        if (e instanceof Expr.Num n) {
            return Interval.exactly(Double.parseDouble(n.text()));
        } else if (e instanceof Expr.Ident id) {
            Value v = scope.get(id.name());
            if (v == null) {
                return id.name().equals("pi") ? Interval.exactly(Math.PI) : Interval.exactly(Math.E);
            }
            return v.isScalarLike() ? Interval.exactly(v.asDouble()) : Interval.UNKNOWN;
        } else if (e instanceof Expr.Group g) {
            return value(g.inner());
        } else if (e instanceof Expr.Negate n) {
            Interval x = value(n.operand());
            return Interval.between(-x.hi(), -x.lo()).wrapped();
        } else if (e instanceof Expr.Binary b) {
            return Interval.arithmetic(b.op(), value(b.left()), value(b.right()));
        } else if (e instanceof Expr.Call c && !scope.containsKey(c.name().name()) && c.args().size() == 1) {
            String name = c.name().name();
            switch (name) {
                case "rows", "cols", "numel", "rank" -> {
                    Dims d = dims(c.args().get(0));
                    double n = switch (name) {
                        case "rows" -> d.rows();
                        case "cols" -> d.cols();
                        case "numel" -> d.elements();
                        default -> Math.min(d.rows(), d.cols());
                    };
                    return d.exact() && !name.equals("rank") ? Interval.exactly(n) : Interval.between(0, n);
                }
                case "abs" -> {
                    Interval x = value(c.args().get(0));
                    return Interval.between(0, x.magnitude()).wrapped();
                }
                case "max", "min" -> {
                    return value(c.args().get(0));
                }
                default -> {
                    // not an integer EJML could use as a size
                }
            }
        }
        dims(e);
        return Interval.UNKNOWN;
    }

    private ComputeError cannotTell(Expr node) {
        return new ComputeError("cannot tell before running how large " + text(node)
                + " would be: compute its size into a variable first (n = ...)", node.start());
    }

    private String text(Expr e) {
        return source.substring(e.start(), e.end());
    }

    /** An element count as a whole number; counts beyond what a long holds in scientific notation. */
    static String elementsText(double n) {
        if (Double.isInfinite(n)) {
            return "infinitely many";
        }
        return n < 1e18 ? Long.toString((long) n) : String.format(Locale.ROOT, "%.3e", n);
    }
}
