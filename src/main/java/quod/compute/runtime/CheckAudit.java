package quod.compute.runtime;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import quod.compute.language.Builtins;
import quod.compute.language.Expr;
import quod.compute.language.ExprParser;
import quod.compute.output.CheckReport;
import quod.config.Limits;

/**
 * Finds checks that can hardly fail whatever the page computed: a check that uses no computed value,
 * and a check that also holds when every variable it reads is replaced by random values of the same
 * shape, from the size of the variable's own values (at least 1) up to a hundred times that, sixteen times: then it states a property
 * of the functions ({@code tanh} stays in [-1, 1]) or a bound far above anything the page could compute,
 * not a claim about the page's values. Whole numbers stay as they are, since they index and size
 * matrices. The trials run in a workspace of their own, so the page's is untouched.
 */
final class CheckAudit {
    /** Variables larger than this are not randomised: the trial would cost more than the check is worth. */
    private static final int MAX_ELEMENTS = 10_000;
    /**
     * Multiples of each variable's own size the random stand-ins are drawn at, one trial each. Sixteen
     * trials, because a comparison of two random values holds half the time: a claim like {@code g(60) <
     * g(0)} passes eight trials by chance once in 256, sixteen once in 65536. A check that can fail
     * usually fails the first trial, so the others cost nothing.
     */
    private static final double[] SCALES = {1, 10, 100, 0.1, 1, 10, 100, 1, 1, 10, 100, 0.1, 1, 10, 100, 1};

    private final Map<String, Value> scope;
    private final Limits limits;
    private final Comparisons comparisons;

    CheckAudit(Map<String, Value> scope, Limits limits, Comparisons comparisons) {
        this.scope = scope;
        this.limits = limits;
        this.comparisons = comparisons;
    }

    Set<CheckReport.Flag> traits(String source, ExprParser.Comparison c, int line) {
        Set<String> variables = new LinkedHashSet<>();
        collect(c.left(), variables);
        collect(c.right(), variables);
        if (c.tolerance() != null) {
            collect(c.tolerance(), variables);
        }
        if (variables.isEmpty()) {
            return EnumSet.of(CheckReport.Flag.CONSTANT);
        }
        boolean anyRandom = false;
        for (String name : variables) {
            Value v = scope.get(name);
            if ((long) v.rows() * v.cols() > MAX_ELEMENTS) {
                return EnumSet.noneOf(CheckReport.Flag.class);
            }
            anyRandom |= !(v instanceof Value.Scalar s && s.integral());
        }
        if (!anyRandom) {
            // only whole numbers, which are kept as they are: a trial would prove nothing
            return EnumSet.noneOf(CheckReport.Flag.class);
        }
        for (int trial = 0; trial < SCALES.length; trial++) {
            if (!holdsWithRandomValues(source, c, variables, new Random(31L * line + trial), SCALES[trial])) {
                return EnumSet.noneOf(CheckReport.Flag.class);
            }
        }
        return EnumSet.of(CheckReport.Flag.IDENTITY);
    }

    private boolean holdsWithRandomValues(String source, ExprParser.Comparison c, Set<String> variables,
                                          Random random, double scale) {
        try {
            Workspace trial = new Workspace(new Random(random.nextLong()), limits);
            for (String name : variables) {
                trial.assign(name, randomLike(scope.get(name), random, scale));
            }
            Value l = evaluate(trial, source, c.left());
            Value r = evaluate(trial, source, c.right());
            Value tol = c.tolerance() == null ? null : evaluate(trial, source, c.tolerance());
            return comparisons.compare(source, c, l, r, tol).holds();
        } catch (RuntimeException e) {
            // shapes or values the random stand-ins do not fit (a singular matrix, an index): no verdict
            return false;
        }
    }

    private Value evaluate(Workspace trial, String source, Expr e) {
        double needs = new MatrixSizes(trial.scope(), limits, source).created(e);
        return trial.evaluate(EjmlText.of(source, e,
                name -> trial.scope().get(name) instanceof Value.Scalar s && s.integral()), needs);
    }

    private static Value randomLike(Value v, Random random, double scale) {
        if (v instanceof Value.Scalar s) {
            return s.integral() ? s : new Value.Scalar(random.nextGaussian() * scale * size(s.value()), false);
        }
        DMatrixRMaj m = ((Value.Matrix) v).matrix();
        double size = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            size = Math.max(size, Math.abs(m.data[i]));
        }
        DMatrixRMaj r = new DMatrixRMaj(m.numRows, m.numCols);
        for (int i = 0; i < r.getNumElements(); i++) {
            r.data[i] = random.nextGaussian() * scale * size(size);
        }
        return new Value.Matrix(r);
    }

    /**
     * The size random stand-ins are drawn at for a value of this magnitude: the magnitude, but at least 1,
     * so a value that is tiny by construction (a residual, a gradient at a minimum) is not replaced by
     * values just as tiny, which would meet its bound for the same reason it does.
     */
    private static double size(double magnitude) {
        double m = Math.abs(magnitude);
        return Double.isFinite(m) ? Math.max(m, 1) : 1;
    }

    /** The page's variables an expression reads: names, and matrices it indexes. */
    private void collect(Expr e, Set<String> into) {
        if (e instanceof Expr.Ident id && scope.containsKey(id.name()) && !Builtins.CONSTANTS.contains(id.name())) {
            into.add(id.name());
        } else if (e instanceof Expr.Call call && scope.containsKey(call.name().name())) {
            into.add(call.name().name());
        }
        for (Expr child : e.children()) {
            collect(child, into);
        }
    }
}
