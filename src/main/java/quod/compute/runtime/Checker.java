package quod.compute.runtime;

import quod.compute.language.Builtins;
import quod.compute.language.ComputeError;
import quod.compute.language.Expr;
import quod.compute.language.ExprParser;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an expression against the current scope before it runs: unknown names, argument counts,
 * matrix shapes and constant indices. EJML reports some of these without a position, prints to
 * stdout on others, and silently returns zeros when adding matrices of different shapes, so Quod
 * finds them first and points at the exact operand.
 */
final class Checker {
    /** Shape of a subexpression; {@code null} stands for "not known before running". */
    record Shape(int rows, int cols) {
        boolean scalar() {
            return rows == 1 && cols == 1;
        }

        @Override
        public String toString() {
            return rows + "x" + cols;
        }
    }

    /** Thrown when the expression uses a variable whose definition failed: already reported, stay quiet. */
    static final class DependsOnFailed extends RuntimeException {
        DependsOnFailed() {
            super(null, null, false, false);
        }
    }

    private final Map<String, Value> scope;
    private final Set<String> failed;

    Checker(Map<String, Value> scope, Set<String> failed) {
        this.scope = scope;
        this.failed = failed;
    }

    /** Throws {@link ComputeError} for the first problem, or {@link DependsOnFailed}. */
    Shape check(Expr e) {
        if (e instanceof Expr.Num) {
            return new Shape(1, 1);
        } else if (e instanceof Expr.Ident id) {
            return ident(id);
        } else if (e instanceof Expr.Group g) {
            return check(g.inner());
        } else if (e instanceof Expr.Negate n) {
            return check(n.operand());
        } else if (e instanceof Expr.Transpose t) {
            return transpose(check(t.operand()));
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.MatrixLit m) {
            return matrix(m);
        } else if (e instanceof Expr.Range r) {
            checkAll(r.from(), r.step(), r.to());
            requireWhole(r.from(), r.step(), r.to());
            new Indices(scope).order(r);
        } else if (e instanceof Expr.IntList l) {
            l.items().forEach(this::check);
            requireWhole(l.items().stream().filter(x -> !(x instanceof Expr.Range)).toArray(Expr[]::new));
        }
        return null;
    }

    /**
     * Parts of ranges and index lists must be EJML integers: EJML cannot combine a decimal into an
     * integer list and reports that only as a parser bug, on stderr.
     */
    private void requireWhole(Expr... parts) {
        for (Expr x : parts) {
            if (x != null && !integral(x)) {
                throw new ComputeError("ranges and index lists take whole numbers, such as 2, n or rows(A) - 1, "
                        + "not decimal numbers", x.start());
            }
        }
    }

    /** Whether EJML holds the value of {@code e} as an integer (literal division is made decimal, see {@link EjmlText}). */
    private boolean integral(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.integral();
        } else if (e instanceof Expr.Ident id) {
            return scope.get(id.name()) instanceof Value.Scalar s && s.integral();
        } else if (e instanceof Expr.Group g) {
            return integral(g.inner());
        } else if (e instanceof Expr.Negate n) {
            return integral(n.operand());
        } else if (e instanceof Expr.Binary b) {
            boolean both = integral(b.left()) && integral(b.right());
            return switch (b.op()) {
                case "+", "-", "*" -> both;
                default -> false; // '/' included: EjmlText makes every division decimal
            };
        } else if (e instanceof Expr.Call c && !scope.containsKey(c.name().name())) {
            return switch (c.name().name()) {
                case "rows", "cols", "numel", "rank" -> true;
                case "abs", "max", "min" -> c.args().size() == 1 && integral(c.args().get(0));
                default -> false;
            };
        }
        return false;
    }

    /** The shape of {@code [a b; c d]} when every block's shape is known; blocks must fit together. */
    private Shape matrix(Expr.MatrixLit m) {
        int rows = 0;
        int width = -1;
        boolean known = true;
        for (List<Expr> row : m.rows()) {
            int height = -1;
            int cols = 0;
            for (Expr item : row) {
                Shape s = check(item);
                if (s == null) {
                    known = false;
                    continue;
                }
                if (height >= 0 && s.rows() != height) {
                    throw new ComputeError("blocks side by side in [...] must have the same number of rows, got "
                            + height + " and " + s.rows(), item.start());
                }
                height = s.rows();
                cols += s.cols();
            }
            if (!known || row.isEmpty()) {
                continue;
            }
            if (width >= 0 && cols != width) {
                throw new ComputeError("rows of [...] must have the same number of columns, got " + width + " and " + cols,
                        row.get(0).start());
            }
            width = cols;
            rows += height;
        }
        return known && width > 0 ? new Shape(rows, width) : null;
    }

    private void checkAll(Expr... es) {
        for (Expr x : es) {
            if (x != null) {
                check(x);
            }
        }
    }

    private Shape ident(Expr.Ident id) {
        if (failed.contains(id.name())) {
            throw new DependsOnFailed();
        }
        Value v = scope.get(id.name());
        if (v != null) {
            return new Shape(v.rows(), v.cols());
        }
        if (Builtins.CONSTANTS.contains(id.name())) {
            return new Shape(1, 1);
        }
        if (Builtins.isFunction(id.name())) {
            throw new ComputeError("'" + id.name() + "' is a function: call it as " + id.name() + "(...)", id.start());
        }
        throw new ComputeError("unknown variable '" + id.name() + "'", id.start());
    }

    private static Shape transpose(Shape s) {
        return s == null ? null : new Shape(s.cols(), s.rows());
    }

    private Shape binary(Expr.Binary b) {
        Shape l = check(b.left());
        Shape r = check(b.right());
        if (l == null || r == null) {
            return null;
        }
        switch (b.op()) {
            case "+", "-", ".*", "./", ".^" -> {
                if (l.scalar()) {
                    return r;
                }
                if (r.scalar() || l.equals(r)) {
                    return l;
                }
                String what = switch (b.op()) {
                    case "+" -> "cannot add " + l + " and " + r;
                    case "-" -> "cannot subtract " + r + " from " + l;
                    default -> "cannot apply '" + b.op() + "' elementwise to " + l + " and " + r + " (shapes must match)";
                };
                throw new ComputeError(what, b.opStart());
            }
            case "*" -> {
                if (l.scalar()) {
                    return r;
                }
                if (r.scalar()) {
                    return l;
                }
                if (l.cols() != r.rows()) {
                    throw new ComputeError("cannot multiply " + l + " by " + r, b.opStart());
                }
                return new Shape(l.rows(), r.cols());
            }
            case "^" -> {
                if (!l.scalar() || !r.scalar()) {
                    throw new ComputeError("'^' works on numbers; use '.^' for elementwise powers of a matrix", b.opStart());
                }
                return l;
            }
            case "/" -> {
                return r.scalar() ? l : null;
            }
            default -> {
                return null;
            }
        }
    }

    private Shape call(Expr.Call c) {
        String name = c.name().name();
        if (failed.contains(name)) {
            throw new DependsOnFailed();
        }
        Value v = scope.get(name);
        if (v != null) {
            return submatrix(c, v);
        }
        if (!Builtins.isFunction(name)) {
            throw new ComputeError("unknown function '" + name + "'", c.start());
        }
        Integer outputs = Builtins.MULTI_OUTPUT.get(name);
        if (outputs != null) {
            throw new ComputeError(name + " returns " + outputs + " matrices: write "
                    + (outputs == 3 ? "[U, S, V]" : name.equals("qr") ? "[Q, R]" : "[Q, L]") + " = " + name + "(...)"
                    + (name.equals("svd") ? ", or use svals(...) for the singular values" : ""), c.start());
        }
        Builtins.Arity arity = Builtins.arity(name);
        if (!arity.accepts(c.args().size())) {
            throw new ComputeError(name + " takes " + arity.describe() + ", got " + c.args().size(), c.start());
        }
        ExprParser.requireSeparated(c);
        Shape[] args = c.args().stream().map(this::check).toArray(Shape[]::new);
        Shape first = args.length > 0 ? args[0] : null;
        if (Set.of("inv", "det", "trace", "specrad", "eigvals").contains(name) && first != null && first.rows() != first.cols()) {
            throw new ComputeError(name + " needs a square matrix, got " + first, c.args().get(0).start());
        }
        if (Builtins.ELEMENTWISE.contains(name)) {
            return first;
        }
        if (Builtins.SCALAR_VALUED.contains(name)) {
            return new Shape(1, 1);
        }
        return switch (name) {
            case "inv" -> first;
            case "pinv" -> transpose(first);
            default -> null;
        };
    }

    /**
     * Items side by side ({@code A(0 2, :)}) and ranges select rows and columns of a matrix; in a
     * function call they are a mistake, which EJML would report only as a parser bug, on stderr.
     */

    private Shape submatrix(Expr.Call c, Value v) {
        if (v instanceof Value.Scalar) {
            throw new ComputeError("'" + c.name().name() + "' is a number, not a matrix: it cannot be indexed", c.start());
        }
        if (c.args().isEmpty() || c.args().size() > 2) {
            throw new ComputeError("a submatrix takes one or two index lists, " + c.name().name() + "(rows, cols)", c.start());
        }
        Indices indices = new Indices(scope);
        Integer[] counts = new Integer[c.args().size()];
        for (int k = 0; k < counts.length; k++) {
            Expr arg = c.args().get(k);
            check(arg);
            int length = counts.length == 1 ? v.rows() * v.cols() : (k == 0 ? v.rows() : v.cols());
            counts[k] = indices.count(arg, length, v);
        }
        boolean single = c.args().stream().noneMatch(a -> a instanceof Expr.Range || a instanceof Expr.IntList);
        if (single) {
            return c.args().stream().allMatch(a -> indices.known(a) != null) ? new Shape(1, 1) : null;
        }
        if (java.util.Arrays.asList(counts).contains(null)) {
            return null;
        }
        // EJML gives one index list of a matrix as a row, whatever the matrix's shape
        return counts.length == 1 ? new Shape(1, counts[0]) : new Shape(counts[0], counts[1]);
    }
}
