package quod.compute.language;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for EJML's expression language. Precedence follows EJML:
 * transpose, then {@code ^ .^}, then {@code * / .* ./ \}, then {@code + -}. Inside brackets and
 * index lists, juxtaposed items ({@code [1 2; 3 4]}, {@code A(0 2, :)}) are separate elements.
 *
 * <p>The parser, and every later walk over the tree (checks, sizes, EJML text, LaTeX labels), is
 * recursive, so the tree's shape is limited here, where a position is known: at most
 * {@value #MAX_NESTING} levels of parentheses, brackets and calls, and at most {@value #MAX_HEIGHT}
 * operations nested in one another ({@code 1+1+...} is a chain of nested sums). Runs of signs and
 * powers ({@code - - x}, {@code a^b^c}) are read with loops, so only brackets make the parser recurse.
 */
public final class ExprParser {
    /** Levels of parentheses, brackets and function calls; far more than any formula, far less than the stack holds. */
    static final int MAX_NESTING = 100;
    /** Height of the tree; a walk uses a few stack frames per level. */
    static final int MAX_HEIGHT = 500;

    private final List<Token> tokens;
    private int pos;
    private int nesting;
    /** Height of each node built so far; a name or a number is 1. */
    private final Map<Expr, Integer> heights = new IdentityHashMap<>();
    /** True directly inside [...], where "a -b" is two elements as in MATLAB (EJML would subtract). */
    private boolean inMatrix;

    private ExprParser(String text, int base) {
        this.tokens = Token.lex(text, base);
    }

    /** A comparison used by {@code check} and {@code if}: {@code left op right [within tolerance]}. */
    public record Comparison(Expr left, String op, Expr right, Expr tolerance) { }

    /** {@code var = from:to} or {@code var = from:step:to}, the header of a {@code for} loop. */
    public record LoopHeader(Expr.Ident variable, Expr from, Expr step, Expr to) { }

    /** Parses all of {@code text} as one expression; offsets in the tree are {@code base +} index. */
    public static Expr expression(String text, int base) {
        ExprParser p = new ExprParser(text, base);
        Expr e = p.expr();
        p.expectEnd("end of expression");
        return e;
    }

    static Comparison comparison(String text, int base) {
        ExprParser p = new ExprParser(text, base);
        Expr left = p.expr();
        Token op = p.peek();
        if (op.is("=")) {
            throw new ComputeError("'=' assigns; to compare, write '==' (or <, <=, >, >=, ~=)", op.start());
        }
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
            left = node(new Expr.Binary(op.text(), left, multiplicative(), op.start()), op);
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
            left = node(new Expr.Binary(op.text(), left, unary(), op.start()), op);
        }
        return left;
    }

    /** Signs, then a power: {@code -x}, {@code - -x}, {@code +x}. */
    private Expr unary() {
        List<Token> signs = signs();
        Expr power = power();
        if (power instanceof Expr.Binary b && (b.op().equals("^") || b.op().equals(".^"))
                && signs.stream().anyMatch(t -> t.is("-"))) {
            // EJML negates before it raises, mathematics the other way round: say which one is meant
            throw new ComputeError("-a" + b.op() + "b is ambiguous: write -(a" + b.op() + "b) or (-a)" + b.op() + "b",
                    signs.get(0).start());
        }
        return signed(signs, power);
    }

    private List<Token> signs() {
        List<Token> signs = new ArrayList<>();
        while (peek().is("-") || peek().is("+")) {
            signs.add(next());
        }
        return signs;
    }

    /** Applies {@code signs} to {@code e}, the last sign first; a '+' changes nothing. */
    private Expr signed(List<Token> signs, Expr e) {
        Expr out = e;
        for (int i = signs.size() - 1; i >= 0; i--) {
            Token sign = signs.get(i);
            if (sign.is("-")) {
                out = node(new Expr.Negate(out, sign.start()), sign);
            }
        }
        return out;
    }

    /**
     * {@code a ^ b ^ c} groups to the right, as {@code a ^ (b ^ c)}, and each exponent may carry signs:
     * {@code a ^ -b ^ c} is {@code a ^ (-(b ^ c))}. Read as a list, then folded from the right.
     */
    private Expr power() {
        List<Expr> operands = new ArrayList<>(List.of(postfix()));
        List<Token> ops = new ArrayList<>();
        List<List<Token>> signs = new ArrayList<>(List.of(List.of()));
        while (peek().is("^") || peek().is(".^")) {
            if (!ops.isEmpty()) {
                // EJML raises left to right, mathematics right to left: say which one is meant
                throw new ComputeError("a^b^c is ambiguous: write (a^b)^c or a^(b^c)", peek().start());
            }
            ops.add(next());
            signs.add(signs());
            operands.add(postfix());
        }
        int last = operands.size() - 1;
        Expr acc = signed(signs.get(last), operands.get(last));
        for (int i = last - 1; i >= 0; i--) {
            Token op = ops.get(i);
            acc = signed(signs.get(i), node(new Expr.Binary(op.text(), operands.get(i), acc, op.start()), op));
        }
        return acc;
    }

    private Expr postfix() {
        Expr e = primary();
        while (peek().is("'")) {
            Token quote = next();
            e = node(new Expr.Transpose(e, quote.end()), quote);
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
                    enter(next());
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
                    nesting--;
                    return node(new Expr.Call(id, List.copyOf(args), close.end()), t);
                }
                return id;
            }
            case OP:
                if (t.is("(")) {
                    enter(t);
                    boolean outer = inMatrix;
                    inMatrix = false;
                    Expr inner = expr();
                    Token close = expectOp(")", "')'");
                    inMatrix = outer;
                    nesting--;
                    return node(new Expr.Group(inner, t.start(), close.end()), t);
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
        enter(open);
        boolean outer = inMatrix;
        inMatrix = true;
        Expr m = matrixBody(open);
        inMatrix = outer;
        nesting--;
        return node(m, open);
    }

    /** Counts one more level of parentheses, brackets or calls, opened at {@code open}. */
    private void enter(Token open) {
        if (++nesting > MAX_NESTING) {
            throw new ComputeError("expression nested too deeply: more than " + MAX_NESTING
                    + " levels of parentheses, brackets and function calls", open.start());
        }
    }

    /** Records the height of a new node, reporting at {@code at} when the tree grows too tall. */
    private <T extends Expr> T node(T e, Token at) {
        int height = 0;
        for (Expr child : e.children()) {
            height = Math.max(height, heights.getOrDefault(child, 1));
        }
        if (height + 1 > MAX_HEIGHT) {
            throw new ComputeError("expression too long: more than " + MAX_HEIGHT
                    + " operations nested in one another; split it over several statements", at.start());
        }
        heights.put(e, height + 1);
        return e;
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
        boolean literal = rows.stream().allMatch(x -> x.stream().allMatch(ExprParser::isLiteral));
        for (List<Expr> r : rows) {
            if (r.size() != width && literal) {
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
        return items.size() == 1 ? items.get(0) : node(new Expr.IntList(List.copyOf(items)), peek());
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
            return node(new Expr.Range(first, null, null, start, colon.end()), colon);
        }
        Expr second = expr();
        if (!peek().is(":")) {
            return node(new Expr.Range(first, null, second, start, second.end()), colon);
        }
        Token colon2 = next();
        if (!startsExpr(peek())) {
            return node(new Expr.Range(first, second, null, start, colon2.end()), colon2);
        }
        Expr third = expr();
        return node(new Expr.Range(first, second, third, start, third.end()), colon2);
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

    /** Arguments of a call must be separated by commas: {@code f(1 2)} is a mistake, not a list. */
    public static void requireSeparated(Expr.Call c) {
        for (Expr arg : c.args()) {
            if (arg instanceof Expr.IntList list) {
                throw new ComputeError("expected ',' between the arguments of " + c.name().name(), list.items().get(1).start());
            }
            if (arg instanceof Expr.Range) {
                throw new ComputeError("a range selects rows or columns inside A(...); write [0:3] for a row of numbers",
                        arg.start());
            }
        }
    }
}
