package quod.compute.runtime;

import quod.compute.language.BlockParser;
import quod.compute.language.ComputeError;
import quod.compute.language.Expr;
import quod.compute.language.ExprParser;
import quod.compute.language.LatexLabel;
import quod.compute.language.Statement;
import quod.compute.output.CheckReport;
import quod.compute.output.ComputeOutput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.ejml.data.DMatrixRMaj;
import quod.config.Limits;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * Runs the statements of one page in document order against one {@link Workspace}. Every mistake
 * becomes a diagnostic at the statement's expression; a statement that fails marks the variables it
 * meant to assign as failed, and later statements that use them are skipped without a second error.
 *
 * <p>The page's {@link Limits} are enforced here: matrix sizes before each expression runs (see
 * {@link MatrixSizes}), and the time budget before each expression, between statements and on every
 * loop iteration. A page that runs out of time gets one error, at the statement that was running,
 * and runs nothing more.
 */
final class Interpreter {
    /** Guards against a loop that would run for hours by mistake ({@code for i = 0:1e9}). */
    static final int MAX_ITERATIONS = 1_000_000;

    private final BlockLines lines;
    private final Workspace workspace;
    private final Set<String> failed = new HashSet<>();
    private final NumberFormat numbers;
    private final Comparisons comparisons;
    private final Limits limits;
    private final PageBudget budget;
    /** Set once the time budget ran out: nothing more of the page runs. */
    private boolean stopped;
    /** Checks passed inside the loop being run, with how often: one mark each, not one per iteration. */
    private final PassedChecks passed = new PassedChecks();
    /** What the expressions of the loop being run need checked and written for EJML, done once while nothing it reads changes. */
    private final PreparedExpressions prepared = new PreparedExpressions();
    private int loopDepth;

    /** Thrown where the clock is read and found past the deadline; whoever knows the position reports it. */
    static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super(null, null, false, false);
        }
    }

    /** Unwinds the statements being run once the page has stopped; already reported. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    Interpreter(SourceText file, PageOptions options, List<Diagnostic> sink) {
        this(file, options, sink, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()}; tests pass a clock they drive */
    Interpreter(SourceText file, PageOptions options, List<Diagnostic> sink, LongSupplier clock) {
        this.lines = new BlockLines(file, sink);
        this.limits = options.limits();
        this.workspace = new Workspace(new java.util.Random(options.seed()), limits);
        this.numbers = new NumberFormat(options.precision(), options.maxMatrix());
        this.comparisons = new Comparisons(numbers);
        this.budget = new PageBudget(limits, clock);
    }

    int checksPassed() {
        return passed.count();
    }

    NumberFormat numbers() {
        return numbers;
    }

    /** Parses and runs one {@code compute} block whose first statement line is {@code firstLine}. */
    List<ComputeOutput> runBlock(List<String> lines, int firstLine) {
        BlockParser parser = new BlockParser();
        List<Statement> statements = parser.parse(lines, firstLine);
        for (BlockParser.ParseError e : parser.errors()) {
            report(e.line(), e.offset(), e.message());
        }
        List<ComputeOutput> out = new ArrayList<>();
        if (stopped) {
            return out;
        }
        try {
            runAll(statements, out);
        } catch (Stopped e) {
            return List.of();
        }
        return out;
    }

    /**
     * Evaluates an inline {@code {{ expr }}} at a 0-based offset of a line; null when it failed (the
     * error is reported, or was reported earlier for a variable it depends on).
     */
    Value inlineValue(int line, String lineText, int start, int end) {
        if (stopped) {
            return null;
        }
        try {
            Expr e = ExprParser.expression(lineText.substring(start, end), start);
            return finite(lineText, e, evaluate(lineText, e));
        } catch (Checker.DependsOnFailed e) {
            return null;
        } catch (ComputeError e) {
            report(line, e.offset() >= 0 ? e.offset() : start, e.getMessage());
            return null;
        } catch (OutOfTime e) {
            outOfTime(line, start, "computing this value");
            return null;
        }
    }

    /** True once the page ran out of time: later blocks, values and plots are not run. */
    boolean stopped() {
        return stopped;
    }

    /** Reports that the page ran out of time at a 0-based offset of a line, and stops the page. */
    void outOfTime(int line, int offset, String doing) {
        stopped = true;
        report(line, offset, budget.outOfTime(doing));
    }

    /**
     * Evaluates a checked expression of {@code source}; errors without a position get the expression's.
     * Its matrices are checked against the limits first, and the clock is read.
     */
    Value evaluate(String source, Expr e) {
        PreparedExpressions.Prepared p = loopDepth > 0 ? prepared.get(source, e, workspace.scope(), failed) : null;
        if (p == null) {
            new Checker(workspace.scope(), failed).check(e);
            double needs = new MatrixSizes(workspace.scope(), limits, source).created(e);
            p = new PreparedExpressions.Prepared(EjmlText.of(source, e, this::holdsWholeNumber), needs);
            if (loopDepth > 0) {
                prepared.keep(source, e, List.of(e), workspace.scope(), p);
            }
        }
        // the page's matrices plus these must stay within its limit; the message names the expression
        budget.requireRoom(workspace, p.text(), p.needs(), e.start(), () -> source.substring(e.start(), e.end()));
        budget.checkTime();
        try {
            return workspace.evaluate(p.text(), p.needs());
        } catch (ComputeError err) {
            throw err.offset() >= 0 ? err : new ComputeError(err.getMessage(), e.start());
        } finally {
            if (loopDepth == 0) {
                workspace.release();
            }
        }
    }

    /** Where the lines of the block being run start in the file (see {@link BlockLines#place}). */
    void placeLines(int firstLine, List<Integer> columns) {
        lines.place(firstLine, columns);
    }

    /** Whether a variable holds a whole number, which EJML keeps as an int (and divides as one). */
    private boolean holdsWholeNumber(String name) {
        return workspace.scope().get(name) instanceof Value.Scalar s && s.integral();
    }

    /** Every passed check of the page, in the order each first ran. */
    List<CheckReport> checkReports() {
        return passed.reports();
    }

    void report(int line, int offset, String message) {
        lines.report(line, offset, message);
    }

    private boolean runAll(List<Statement> statements, List<ComputeOutput> out) {
        boolean ok = true;
        for (Statement s : statements) {
            ok &= execute(s, out);
        }
        return ok;
    }

    private boolean execute(Statement s, List<ComputeOutput> out) {
        try {
            boolean ok = run(s, out);
            budget.checkTime();
            return ok;
        } catch (Checker.DependsOnFailed e) {
            markFailed(s);
            return false;
        } catch (ComputeError e) {
            report(s.line(), e.offset() >= 0 ? e.offset() : firstOffset(s), e.getMessage());
            markFailed(s);
            return false;
        } catch (OutOfTime e) {
            outOfTime(s.line(), s.source().length() - s.source().stripLeading().length(), "running this statement");
            throw new Stopped();
        }
    }

    private boolean run(Statement s, List<ComputeOutput> out) {
        if (s instanceof Statement.Assign a) {
            assign(a.target().name(), finite(s.source(), a.value(), evaluate(s.source(), a.value())));
        } else if (s instanceof Statement.AssignPart p) {
            assignPart(s, p);
        } else if (s instanceof Statement.MultiAssign m) {
            multiAssign(m);
        } else if (s instanceof Statement.Show show) {
            Value v = finite(s.source(), show.value(), evaluate(s.source(), show.value()));
            String label = show.label() != null ? show.label() : new LatexLabel(workspace.scope().keySet()).of(show.value());
            out.add(new ComputeOutput.DisplayMath(label + " = " + numbers.latex(v, null)));
        } else if (s instanceof Statement.Check c) {
            Comparisons.Outcome o = compare(s, c.comparison());
            if (!o.holds()) {
                String claim = c.label() == null ? "" : "\"" + c.label() + "\": ";
                throw new ComputeError("check failed: " + claim + o.text() + " (" + o.detail() + ")", c.comparison().left().start());
            }
            passed.held(c, lines.column(s.line(), c.comparison().left().start()), o,
                    () -> new CheckAudit(workspace.scope(), limits, comparisons).traits(s.source(), c.comparison(), s.line()),
                    loopDepth > 0, out);
        } else if (s instanceof Statement.For f) {
            loopDepth++;
            try {
                return loop(f, out);
            } finally {
                loopDepth--;
                if (loopDepth == 0) {
                    passed.loopEnded(out);
                    workspace.release();
                    prepared.clear();
                }
            }
        } else if (s instanceof Statement.If i) {
            if (compare(s, i.condition()).holds() && !runAll(i.body(), out)) {
                markFailed(s);
                return false;
            }
        } else if (s instanceof Statement.Invalid) {
            markFailed(s);
            return false;
        }
        return true;
    }

    private void assignPart(Statement s, Statement.AssignPart p) {
        // Prepared before the value is evaluated, as the target's checks come first; kept under the target.
        PreparedExpressions.Prepared statement = loopDepth > 0
                ? prepared.get(s.source(), p.target(), workspace.scope(), failed) : null;
        if (statement == null) {
            new Checker(workspace.scope(), failed).check(p.target());
        }
        Value v = finite(s.source(), p.value(), evaluate(s.source(), p.value()));
        String name = p.target().name().name();
        if (!v.isScalarLike() && !(workspace.get(name) instanceof Value.Matrix)) {
            throw new ComputeError("cannot assign a matrix into part of '" + name + "'", p.value().start());
        }
        if (statement == null) {
            // The target's indices go through EjmlText too: "A(0:n-1, 0) = ..." needs its range parenthesized.
            String text = Workspace.partKey(EjmlText.of(s.source(), p.target(), this::holdsWholeNumber)
                    + s.source().substring(p.target().end(), p.value().start())
                    + EjmlText.of(s.source(), p.value(), this::holdsWholeNumber));
            statement = new PreparedExpressions.Prepared(text,
                    new MatrixSizes(workspace.scope(), limits, s.source()).created(p.value()));
            if (loopDepth > 0) {
                prepared.keep(s.source(), p.target(), List.of(p.target(), p.value()), workspace.scope(), statement);
            }
        }
        budget.requireRoom(workspace, statement.text(), statement.needs(), p.value().start(), () -> Statement.text(s, p.value()));
        workspace.assignPart(name, statement.text(), statement.needs());
        failed.remove(name);
    }

    private Comparisons.Outcome compare(Statement s, ExprParser.Comparison c) {
        Value l = evaluate(s.source(), c.left());
        Value r = evaluate(s.source(), c.right());
        Value tol = c.tolerance() == null ? null : evaluate(s.source(), c.tolerance());
        return comparisons.compare(s.source(), c, l, r, tol);
    }

    private boolean loop(Statement.For f, List<ComputeOutput> out) {
        ExprParser.LoopHeader h = f.header();
        double from = whole(f, h.from());
        double step = h.step() == null ? 1 : whole(f, h.step());
        double to = whole(f, h.to());
        if (step == 0) {
            throw new ComputeError("the loop step must not be 0", h.step().start());
        }
        double count = Math.max(0, Math.floor((to - from) / step) + 1);
        if (count > MAX_ITERATIONS) {
            throw new ComputeError("the loop would run " + MatrixSizes.elementsText(count) + " times; at most "
                    + MAX_ITERATIONS + " are allowed", h.from().start());
        }
        if (count > 0 && (outsideInt(from) || outsideInt(from + (count - 1) * step))) {
            // EJML holds the loop variable as an int; beyond its range the value would silently change.
            throw new ComputeError("the loop variable must stay between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE, h.from().start());
        }
        String name = h.variable().name();
        for (long k = 0; k < (long) count; k++) {
            if (k > 0) {
                budget.checkTime();
            }
            assign(name, new Value.Scalar(from + k * step, true));
            if (!runAll(f.body(), out)) {
                // One report per mistake, not one per iteration: stop, and mark what the loop would define.
                markFailed(f);
                return false;
            }
        }
        return true;
    }

    private static boolean outsideInt(double v) {
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE;
    }

    private double whole(Statement s, Expr e) {
        Value v = evaluate(s.source(), e);
        if (!v.isScalarLike() || v.asDouble() != Math.rint(v.asDouble())) {
            throw new ComputeError("expected a whole number, got " + numbers.plain(v, null), e.start());
        }
        return v.asDouble();
    }

    private void multiAssign(Statement.MultiAssign m) {
        Value arg = evaluate(m.source(), m.argument());
        String call = m.function().name() + "(" + Statement.text(m, m.argument()) + ")";
        budget.requireRoom(workspace, call, MatrixSizes.decomposition(arg, m.targets().size()), m.function().start(), () -> call);
        DMatrixRMaj x = arg instanceof Value.Matrix mat ? mat.matrix() : new DMatrixRMaj(1, 1, true, arg.asDouble());
        List<DMatrixRMaj> results;
        try {
            results = switch (m.function().name()) {
                case "svd" -> {
                    LinearAlgebra.Svd d = LinearAlgebra.svd(x);
                    yield List.of(d.u(), d.s(), d.v());
                }
                case "eigsym" -> {
                    LinearAlgebra.EigSym d = LinearAlgebra.eigsym(x, "eigsym");
                    yield List.of(d.q(), d.l());
                }
                default -> {
                    LinearAlgebra.Qr d = LinearAlgebra.qr(x);
                    yield List.of(d.q(), d.r());
                }
            };
        } catch (ComputeError e) {
            throw e.offset() >= 0 ? e : new ComputeError(e.getMessage(), m.function().start());
        }
        for (int i = 0; i < results.size(); i++) {
            assign(m.targets().get(i).name(), finite(m.source(), m.argument(), new Value.Matrix(results.get(i))));
        }
    }

    private void assign(String name, Value v) {
        workspace.assign(name, v);
        failed.remove(name);
    }

    /** NaN and infinity are never what a solution means to compute, so they stop the page at their source. */
    private static Value finite(String source, Expr e, Value v) {
        if (v.isFinite()) {
            return v;
        }
        String text = source.substring(e.start(), e.end());
        boolean solves = text.contains("inv(") || text.contains("solve(") || text.contains("\\");
        throw new ComputeError("result of " + text + " is not finite (NaN or infinity)"
                + (solves ? ": is the matrix singular?" : ""), e.start());
    }

    private void markFailed(Statement s) {
        Set<String> targets = new LinkedHashSet<>();
        BlockParser.collectTargets(s, targets);
        failed.addAll(targets);
    }

    private static int firstOffset(Statement s) {
        if (s instanceof Statement.Assign a) {
            return a.value().start();
        } else if (s instanceof Statement.AssignPart p) {
            return p.value().start();
        } else if (s instanceof Statement.MultiAssign m) {
            return m.function().start();
        } else if (s instanceof Statement.Show show) {
            return show.value().start();
        } else if (s instanceof Statement.Check c) {
            return c.comparison().left().start();
        } else if (s instanceof Statement.For f) {
            return f.header().from().start();
        } else if (s instanceof Statement.If i) {
            return i.condition().left().start();
        }
        return 0;
    }
}
