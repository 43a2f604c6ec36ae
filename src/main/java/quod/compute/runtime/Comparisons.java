package quod.compute.runtime;

import quod.compute.language.ComputeError;
import quod.compute.language.Expr;
import quod.compute.language.ExprParser;
import quod.compute.output.ComputeOutput;

/**
 * The comparisons of {@code check} and {@code if}. The outcome keeps the text as written and the
 * computed values, for what a passed check shows and for the error of a failed one.
 */
final class Comparisons {
    private final NumberFormat numbers;

    Comparisons(NumberFormat numbers) {
        this.numbers = numbers;
    }

    /**
     * @param text    the comparison as written, e.g. {@code normF(G) < 1e-10}
     * @param summary what a passed check says, e.g. {@code normF(G) = 3.1e-12 < 1e-10}
     * @param detail  the computed values, e.g. {@code normF(G) = 3.1e-12}
     */
    record Outcome(boolean holds, String text, String summary, String detail, Slack slack) { }

    /**
     * How far a comparison's values were from its boundary: {@code relative} is the margin over the larger
     * side's size; {@code orders} the orders of magnitude between the sides (0 when they say nothing:
     * a zero side, opposite signs, an equality).
     */
    record Slack(double relative, double orders) {
        static Slack of(double value, double bound) {
            double margin = Math.abs(bound - value);
            double size = Math.max(Math.abs(value), Math.abs(bound));
            double relative = size == 0 || Double.isNaN(margin) ? 0 : margin / size;
            boolean sameSign = value != 0 && bound != 0 && (value > 0) == (bound > 0);
            double orders = sameSign ? Math.abs(Math.log10(Math.abs(bound) / Math.abs(value))) : 0;
            return new Slack(relative, orders);
        }
    }

    Outcome compare(String source, ExprParser.Comparison c, Value l, Value r, Value tolerance) {
        Expr end = c.tolerance() != null ? c.tolerance() : c.right();
        String text = source.substring(c.left().start(), end.end()).strip();
        String leftText = source.substring(c.left().start(), c.left().end()).strip();
        String rightText = source.substring(c.right().start(), c.right().end()).strip();
        if (c.op().equals("~=")) {
            return approximately(c, text, l, r, tolerance);
        }
        requireNumber(c.left(), leftText, l, c.op());
        requireNumber(c.right(), rightText, r, c.op());
        double a = l.asDouble();
        double b = r.asDouble();
        boolean holds = switch (c.op()) {
            case "<" -> a < b;
            case "<=" -> a <= b;
            case ">" -> a > b;
            case ">=" -> a >= b;
            default -> a == b;
        };
        String leftPart = literal(c.left()) ? leftText : leftText + " = " + numbers.plain(a, null);
        String rightPart = literal(c.right()) ? rightText : rightText + " = " + numbers.plain(b, null);
        String summary = leftPart + " " + c.op() + " " + rightPart;
        String detail = literal(c.left()) && literal(c.right()) ? "both sides are constants"
                : literal(c.right()) ? leftPart : literal(c.left()) ? rightPart : leftPart + ", " + rightPart;
        Slack slack = c.op().equals("==") ? new Slack(0, 0)
                : c.op().startsWith("<") ? Slack.of(a, b) : Slack.of(b, a);
        return new Outcome(holds, text, summary, detail, slack);
    }

    /** What a passed check leaves on the page: its label (or null), the claim and its values, {@code times} times over. */
    static ComputeOutput.CheckPassed passed(String label, Outcome o, int times) {
        return new ComputeOutput.CheckPassed(label, o.text(), o.summary(), o.detail(), times);
    }

    private Outcome approximately(ExprParser.Comparison c, String text, Value l, Value r, Value tolerance) {
        if (!tolerance.isScalarLike()) {
            throw new ComputeError("the tolerance after 'within' must be a number, got a " + tolerance.shape() + " matrix",
                    c.tolerance().start());
        }
        boolean sameShape = l.rows() == r.rows() && l.cols() == r.cols();
        if (!sameShape && !(l.isScalarLike() && r.isScalarLike())) {
            throw new ComputeError("cannot compare a " + l.shape() + " matrix with a " + r.shape() + " matrix: shapes differ",
                    c.left().start());
        }
        double diff = maxAbsDifference(l, r);
        String detail = "max |difference| = " + numbers.plain(diff, null);
        double tol = tolerance.asDouble();
        Slack slack = new Slack(tol > 0 && !Double.isNaN(diff) ? Math.max(0, (tol - diff) / tol) : 0,
                diff > 0 && tol > 0 ? Math.log10(tol / diff) : 0);
        return new Outcome(diff <= tol, text, text + " (" + detail + ")", detail, slack);
    }

    private static double maxAbsDifference(Value l, Value r) {
        if (l.isScalarLike() && r.isScalarLike()) {
            return Math.abs(l.asDouble() - r.asDouble());
        }
        double[] a = ((Value.Matrix) l).matrix().data;
        double[] b = ((Value.Matrix) r).matrix().data;
        double max = 0;
        for (int i = 0; i < l.rows() * l.cols(); i++) {
            double d = Math.abs(a[i] - b[i]);
            // NaN must fail the check, and Math.max(NaN, x) is NaN, which then fails "<= tolerance".
            max = Double.isNaN(d) ? Double.NaN : Math.max(max, d);
            if (Double.isNaN(max)) {
                break;
            }
        }
        return max;
    }

    private static void requireNumber(Expr e, String text, Value v, String op) {
        if (!v.isScalarLike()) {
            throw new ComputeError("'" + op + "' compares numbers, but " + text + " is a " + v.shape()
                    + " matrix; compare matrices with '~= ... within TOLERANCE'", e.start());
        }
    }

    private static boolean literal(Expr e) {
        return e instanceof Expr.Num || (e instanceof Expr.Negate n && n.operand() instanceof Expr.Num);
    }
}
