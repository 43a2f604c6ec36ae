package quod.compute;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for EJML's expression language. Precedence follows EJML:
 * transpose, then {@code ^ .^}, then {@code * / .* ./ \}, then {@code + -}. Inside brackets and
 * index lists, juxtaposed items ({@code [1 2; 3 4]}, {@code A(0 2, :)}) are separate elements.
 */
final class ExprParser {
    private final List<Token> tokens;
    private int pos;
    /** True directly inside [...], where "a -b" is two elements as in MATLAB (EJML would subtract). */
    private boolean inMatrix;

    private ExprParser(String text, int base) {
        this.tokens = Token.lex(text, base);
    }

    /** A comparison used by {@code check} and {@code if}: {@code left op right [within tolerance]}. */
    record Comparison(Expr left, String op, Expr right, Expr tolerance) { }

    /** {@code var = from:to} or {@code var = from:step:to}, the header of a {@code for} loop. */
    record LoopHeader(Expr.Ident variable, Expr from, Expr step, Expr to) { }

    /** Parses all of {@code text} as one expression; offsets in the tree are {@code base +} index. */
    static Expr expression(String text, int base) {
        ExprParser p = new ExprParser(text, base);
        Expr e = p.expr();
        p.expectEnd("end of expression");
        return e;
    }

    static Comparison comparison(String text, int base) {
        ExprParser p = new ExprParser(text, base);
        Expr left = p.expr();
        Token op = p.peek();
        if (!(op.is("<") || op.is("<=") || op.is(">") || op.is(">=") || op.is("==") || op.is("~="))) {
            throw p.expected("a comparison (<, <=, >, >=, == or ~=)");
        }
        p.pos++;
        Expr right = p.expr();
        Expr tolerance = null;
        if (p.peek().kind() == Token.Kind.IDENT && p.peek().text().equals("within")) {
            p.pos++;
            tolerance = p.expr();
        }
        p.expectEnd(tolerance == null && op.is("~=") ? "'within TOLERANCE'" : "end of comparison");
        if (op.is("~=") && tolerance == null) {
            throw new ComputeError("'~=' needs a tolerance: write 'A ~= B within 1e-10'", right.end());
        }
        if (!op.is("~=") && tolerance != null) {
            throw new ComputeError("'within' only goes with '~='", right.end());
        }
        return new Comparison(left, op.text(), right, tolerance);
    }

    static LoopHeader loopHeader(String text, int base) {
        ExprParser p = new ExprParser(text, base);
        Token name = p.next();
        if (name.kind() != Token.Kind.IDENT) {
            throw new ComputeError("expected the loop variable after 'for', found " + describe(name), name.start());
        }
        if (!p.next().is("=")) {
            throw new ComputeError("expected '=' after the loop variable: for i = 0:9", p.tokens.get(p.pos - 1).start());
        }
        Expr from = p.additive();
        p.expectOp(":", "':' of the range (for i = 0:9)");
        Expr second = p.additive();
        Expr step = null;
        Expr to = second;
        if (p.peek().is(":")) {
            p.pos++;
            step = second;
            to = p.additive();
        }
        p.expectEnd("end of the loop range");
        return new LoopHeader(new Expr.Ident(name.text(), name.start(), name.end()), from, step, to);
    }

    private Expr expr() {
        return additive();
    }

    private Expr additive() {
        Expr left = multiplicative();
        while ((peek().is("+") || peek().is("-")) && !startsElement()) {
            Token op = next();
            left = new Expr.Binary(op.text(), left, multiplicative(), op.start());
        }
        return left;
    }

    /** In a matrix, a sign after a space and before a non-space starts a new element: [1 -2]. */
    private boolean startsElement() {
        if (!inMatrix || pos == 0) {
            return false;
        }
        Token sign = peek();
        Token before = tokens.get(pos - 1);
        Token after = tokens.get(pos + 1);
        return before.end() < sign.start() && after.start() == sign.end();
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/") || peek().is(".*") || peek().is("./") || peek().is("\\")) {
            Token op = next();
            left = new Expr.Binary(op.text(), left, unary(), op.start());
        }
        return left;
    }

    private Expr unary() {
        if (peek().is("-")) {
            Token minus = next();
            return new Expr.Negate(unary(), minus.start());
        }
        if (peek().is("+")) {
            next();
            return unary();
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        if (peek().is("^") || peek().is(".^")) {
            Token op = next();
            return new Expr.Binary(op.text(), base, unary(), op.start());
        }
        return base;
    }

    private Expr postfix() {
        Expr e = primary();
        while (peek().is("'")) {
            e = new Expr.Transpose(e, next().end());
        }
        return e;
    }

    private Expr primary() {
        if (peek().kind() == Token.Kind.EOF) {
            throw expected("a number, a name, '(' or '['");
        }
        Token t = next();
        switch (t.kind()) {
            case NUMBER:
                return new Expr.Num(t.text(), t.start(), t.end());
            case IDENT: {
                Expr.Ident id = new Expr.Ident(t.text(), t.start(), t.end());
                if (peek().is("(")) {
                    next();
                    boolean outer = inMatrix;
                    inMatrix = false;
                    List<Expr> args = new ArrayList<>();
                    if (!peek().is(")")) {
                        args.add(indexItem());
                        while (peek().is(",")) {
                            next();
                            args.add(indexItem());
                        }
                    }
                    Token close = expectOp(")", "',' or ')' in the argument list of " + t.text());
                    inMatrix = outer;
                    return new Expr.Call(id, List.copyOf(args), close.end());
                }
                return id;
            }
            case OP:
                if (t.is("(")) {
                    boolean outer = inMatrix;
                    inMatrix = false;
                    Expr inner = expr();
                    Token close = expectOp(")", "')'");
                    inMatrix = outer;
                    return new Expr.Group(inner, t.start(), close.end());
                }
                if (t.is("[")) {
                    return matrix(t);
                }
                break;
            default:
                break;
        }
        pos--;
        throw expected("a number, a name, '(' or '['");
    }

    private Expr matrix(Token open) {
        boolean outer = inMatrix;
        inMatrix = true;
        Expr m = matrixBody(open);
        inMatrix = outer;
        return m;
    }

    private Expr matrixBody(Token open) {
        List<List<Expr>> rows = new ArrayList<>();
        List<Expr> row = new ArrayList<>();
        while (!peek().is("]")) {
            if (peek().is(";")) {
                next();
                rows.add(List.copyOf(row));
                row = new ArrayList<>();
            } else if (peek().is(",")) {
                next();
            } else if (peek().kind() == Token.Kind.EOF) {
                throw expected("']' to close the matrix opened at column " + (open.start() + 1));
            } else {
                row.add(rangeItem());
            }
        }
        Token close = next();
        if (!row.isEmpty() || rows.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        int width = rows.get(0).size();
        for (List<Expr> r : rows) {
            if (r.size() != width && rows.stream().allMatch(x -> x.stream().allMatch(ExprParser::isLiteral))) {
                throw new ComputeError("rows of the matrix have different lengths (" + width + " and " + r.size() + ")", open.start());
            }
        }
        return new Expr.MatrixLit(List.copyOf(rows), open.start(), close.end());
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Expr.Num || (e instanceof Expr.Negate n && n.operand() instanceof Expr.Num);
    }

    /** An argument: {@code :}, a range, or integers side by side. */
    private Expr indexItem() {
        List<Expr> items = new ArrayList<>();
        items.add(rangeItem());
        while (startsPrimary(peek())) {
            items.add(rangeItem());
        }
        return items.size() == 1 ? items.get(0) : new Expr.IntList(List.copyOf(items));
    }

    private Expr rangeItem() {
        int start = peek().start();
        if (peek().is(":")) {
            Token colon = next();
            return new Expr.Range(null, null, null, colon.start(), colon.end());
        }
        Expr first = expr();
        if (!peek().is(":")) {
            return first;
        }
        Token colon = next();
        if (!startsExpr(peek())) {
            return new Expr.Range(first, null, null, start, colon.end());
        }
        Expr second = expr();
        if (!peek().is(":")) {
            return new Expr.Range(first, null, second, start, second.end());
        }
        Token colon2 = next();
        if (!startsExpr(peek())) {
            return new Expr.Range(first, second, null, start, colon2.end());
        }
        Expr third = expr();
        return new Expr.Range(first, second, third, start, third.end());
    }

    private static boolean startsPrimary(Token t) {
        return t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.IDENT || t.is("(") || t.is("[");
    }

    private static boolean startsExpr(Token t) {
        return startsPrimary(t) || t.is("-");
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    private Token expectOp(String op, String what) {
        if (!peek().is(op)) {
            throw expected(what);
        }
        return next();
    }

    private void expectEnd(String what) {
        if (peek().kind() != Token.Kind.EOF) {
            throw expected(what);
        }
    }

    private ComputeError expected(String what) {
        Token t = peek();
        return new ComputeError("expected " + what + ", found " + describe(t), t.start());
    }

    private static String describe(Token t) {
        return t.kind() == Token.Kind.EOF ? "end of line" : "'" + t.text() + "'";
    }
}
