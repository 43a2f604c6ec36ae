package quod.compute.language;

import java.util.List;
import java.util.Set;

/**
 * One statement of a {@code compute} block. Expressions carry offsets into {@code source}, the
 * statement's whole line, so that {@code offset + 1} is the column in the file.
 */
public sealed interface Statement {
    /** 1-based line in the file. */
    int line();

    /** The text of the statement's line (comment removed), that expression offsets index into. */
    String source();

    /** {@code x = expr}. */
    record Assign(int line, String source, Expr.Ident target, Expr value) implements Statement { }

    /** {@code A(i, j) = expr}: writes into part of an existing matrix. */
    record AssignPart(int line, String source, Expr.Call target, Expr value) implements Statement { }

    /** {@code [U, S, V] = svd(X)}. */
    record MultiAssign(int line, String source, List<Expr.Ident> targets, Expr.Ident function, Expr argument)
            implements Statement { }

    /** {@code show expr} or {@code show expr as "label"}; label is null when not given. */
    record Show(int line, String source, Expr value, String label) implements Statement { }

    /**
     * {@code check comparison} or {@code check "label": comparison}; label is null when not given. The
     * label is the claim in words, which is what a reader sees; the comparison stays one click away.
     */
    record Check(int line, String source, String label, ExprParser.Comparison comparison) implements Statement { }

    record For(int line, String source, ExprParser.LoopHeader header, List<Statement> body) implements Statement { }

    record If(int line, String source, ExprParser.Comparison condition, List<Statement> body) implements Statement { }

    /**
     * A line that did not parse. Its error is reported once, when the block is parsed; running it only
     * marks the variables it meant to assign as failed, so later uses stay quiet.
     */
    record Invalid(int line, String source, Set<String> targets) implements Statement { }

    /** Text of an expression as written, which is also what EJML compiles. */
    static String text(Statement s, Expr e) {
        return s.source().substring(e.start(), e.end());
    }
}
