package quod.compute.language;

import java.util.List;

/**
 * The syntax tree of one expression, with offsets into the statement text. Quod parses every
 * expression itself before EJML sees it: to point at the exact column of a mistake, to reject what
 * EJML would misparse or print to stdout, and to check matrix shapes EJML does not check.
 */
public sealed interface Expr {
    int start();

    int end();

    /** The subexpressions, left to right; missing parts of a range are left out. */
    default List<Expr> children() {
        if (this instanceof Call c) {
            return c.args();
        } else if (this instanceof Negate n) {
            return List.of(n.operand());
        } else if (this instanceof Binary b) {
            return List.of(b.left(), b.right());
        } else if (this instanceof Transpose t) {
            return List.of(t.operand());
        } else if (this instanceof Group g) {
            return List.of(g.inner());
        } else if (this instanceof MatrixLit m) {
            return m.rows().stream().flatMap(List::stream).toList();
        } else if (this instanceof Range r) {
            return java.util.stream.Stream.of(r.from(), r.step(), r.to()).filter(java.util.Objects::nonNull).toList();
        } else if (this instanceof IntList l) {
            return l.items();
        }
        return List.of();
    }

    /** A number literal as written. */
    record Num(String text, int start, int end) implements Expr {
        /** Digits only, and small enough for EJML's integer type; larger literals are decimals. */
        public boolean integral() {
            return digitsOnly() && (text.length() < 10
                    || text.length() == 10 && text.compareTo(String.valueOf(Integer.MAX_VALUE)) <= 0);
        }

        public boolean digitsOnly() {
            return text.chars().allMatch(Character::isDigit);
        }
    }

    /** A name: a variable or a constant such as {@code pi}. */
    record Ident(String name, int start, int end) implements Expr { }

    /** {@code name(args)}: a function call, or a submatrix when {@code name} is a variable. */
    record Call(Ident name, List<Expr> args, int end) implements Expr {
        public int start() {
            return name.start();
        }
    }

    record Negate(Expr operand, int start) implements Expr {
        public int end() {
            return operand.end();
        }
    }

    record Binary(String op, Expr left, Expr right, int opStart) implements Expr {
        public int start() {
            return left.start();
        }

        public int end() {
            return right.end();
        }
    }

    record Transpose(Expr operand, int end) implements Expr {
        public int start() {
            return operand.start();
        }
    }

    record Group(Expr inner, int start, int end) implements Expr { }

    /** {@code [a b; c d]}: rows of elements, each element a scalar or a block. */
    record MatrixLit(List<List<Expr>> rows, int start, int end) implements Expr { }

    /** {@code from:to}, {@code from:step:to}, {@code from:} or a lone {@code :}; missing parts are null. */
    record Range(Expr from, Expr step, Expr to, int start, int end) implements Expr { }

    /** Integers side by side, {@code 1 2 4}, as EJML allows in index lists. */
    record IntList(List<Expr> items) implements Expr {
        public int start() {
            return items.get(0).start();
        }

        public int end() {
            return items.get(items.size() - 1).end();
        }
    }
}
