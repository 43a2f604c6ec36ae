package quod.compute.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * Ranges whose ends are expressions ({@code A(0:n-1, :)}, {@code A(0:5*q-1, :)} in a loop) against a
 * direct construction in Java: generated from a seed, on rows, columns, one index list, matrix
 * literals and assignments into part of a matrix. Each case either computes exactly the selected
 * elements, or, when the indices are wrong,
 * gives one {@code file:line:col: message} in Quod's words, never EJML's or Java's.
 */
class RangesTest {
    /** A(i, j) = 10 i + j, 6x7, so every element says where it came from. */
    private static final int ROWS = 6;
    private static final int COLS = 7;
    private static final String SETUP_A = "A = [" + String.join("; ", IntStream.range(0, ROWS)
            .mapToObj(i -> String.join(" ", IntStream.range(0, COLS).mapToObj(j -> String.valueOf(10 * i + j)).toList()))
            .toList()) + "]";
    /** Whole numbers the generated expressions use; q is the loop variable when there is a loop. */
    private static final List<String> SETUP = List.of(SETUP_A, "n = 4", "m = rows(A)", "v = [0; 1; 2; 3; 4; 5]");
    private static final int N = 4;

    /** Messages of EJML or Java that must never reach a user. */
    private static final List<String> INTERNAL = List.of("org.ejml", "java.", "Exception", "class ", "cast",
            "BUG", "Expected an integer", "out of bounds for length", "start - 1", "step size", "cannot compute this",
            "token");

    /** An expression for a range part and its value, a function of the loop variable q. */
    private record Part(String text, IntUnaryOperator value) { }

    /** Builds random whole-number expressions from n, m, q, rows(A), cols(A), literals, + - * and ( ). */
    private static Part part(Random r, int depth, boolean loop) {
        if (depth == 0 || r.nextInt(3) == 0) {
            int k = r.nextInt(loop ? 6 : 5);
            return switch (k) {
                case 0 -> new Part("n", q -> N);
                case 1 -> new Part("m", q -> ROWS);
                case 2 -> new Part("rows(A)", q -> ROWS);
                case 3 -> new Part("cols(A)", q -> COLS);
                case 4 -> {
                    int c = r.nextInt(4);
                    yield new Part(String.valueOf(c), q -> c);
                }
                default -> new Part("q", q -> q);
            };
        }
        Part a = part(r, depth - 1, loop);
        Part b = part(r, depth - 1, loop);
        return switch (r.nextInt(5)) {
            case 0 -> new Part(a.text() + "+" + sum(b), q -> a.value().applyAsInt(q) + b.value().applyAsInt(q));
            case 1, 2 -> new Part(a.text() + " - " + sum(b), q -> a.value().applyAsInt(q) - b.value().applyAsInt(q));
            case 3 -> new Part(sum(a) + "*" + sum(b), q -> a.value().applyAsInt(q) * b.value().applyAsInt(q));
            default -> new Part("(" + a.text() + ")", a.value());
        };
    }

    /** The text of a sum or difference in parentheses, where precedence would otherwise change its value. */
    private static String sum(Part p) {
        int depth = 0;
        for (char c : p.text().toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == '+' || c == '-')) {
                return "(" + p.text() + ")";
            }
        }
        return p.text();
    }

    /** from:to or from:step:to, its first index, and the indices it selects, or null when it is not a valid range. */
    private record Range(String text, int start, List<Integer> indices) { }

    private static Range range(Part from, Part step, Part to, int q) {
        int f = from.value().applyAsInt(q);
        int s = step == null ? 1 : step.value().applyAsInt(q);
        int t = to.value().applyAsInt(q);
        String text = from.text() + ":" + (step == null ? "" : step.text() + ":") + to.text();
        if (s <= 0 || t < f - 1 || t == f - 1 && (step != null || f < 0)) {
            return new Range(text, f, null); // an empty range must start inside, or just after, the matrix
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = f; i <= t; i += s) {
            indices.add(i);
        }
        return new Range(text, f, indices);
    }

    @TestFactory
    Stream<DynamicTest> rangesWithExpressionsSelectWhatADirectConstructionSelectsOrGiveAPositionedDiagnostic() {
        Random r = new Random(20261129);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean loop = r.nextBoolean();
            Part f1 = part(r, 2, loop);
            Part t1 = part(r, 2, loop);
            Part s1 = r.nextInt(4) == 0 ? part(r, 1, loop) : null;
            Part f2 = part(r, 1, loop);
            Part t2 = part(r, 2, loop);
            int form = r.nextInt(6);
            tests.add(DynamicTest.dynamicTest(i + ": form " + form + (loop ? " in a loop" : "") + " " + f1.text() + ":"
                    + t1.text(), () -> runCase(form, loop, f1, s1, t1, f2, t2)));
        }
        return tests.stream();
    }

    private static void runCase(int form, boolean loop, Part f1, Part s1, Part t1, Part f2, Part t2) {
        int lastQ = loop ? 2 : 0;
        String statement = null;
        double[][] expected = null;
        boolean valid = true;
        for (int q = loop ? 1 : 0; q <= lastQ; q++) {
            Range rows = range(f1, s1, t1, q);
            Range cols = range(f2, null, t2, q);
            switch (form) {
                case 0 -> { // rows
                    statement = "B = A(" + rows.text() + ", :)";
                    valid &= inside(rows, ROWS);
                    expected = valid ? select(rows.indices(), all(COLS)) : null;
                }
                case 1 -> { // columns
                    statement = "B = A(:, " + rows.text() + ")";
                    valid &= inside(rows, COLS);
                    expected = valid ? select(all(ROWS), rows.indices()) : null;
                }
                case 2 -> { // both
                    statement = "B = A(" + rows.text() + ", " + cols.text() + ")";
                    valid &= inside(rows, ROWS) && inside(cols, COLS);
                    expected = valid ? select(rows.indices(), cols.indices()) : null;
                }
                case 3 -> { // one index list of a column vector: a row
                    statement = "B = v(" + rows.text() + ")";
                    valid &= inside(rows, ROWS);
                    expected = valid ? new double[][] {rows.indices().stream().mapToDouble(x -> x).toArray()} : null;
                }
                case 5 -> { // a row of numbers; an empty one may come out 0x0 or 1x0
                    statement = "B = [" + rows.text() + "]";
                    valid &= rows.indices() != null;
                    expected = valid ? new double[][] {rows.indices().stream().mapToDouble(x -> x).toArray()} : null;
                }
                default -> { // assignment into rows of column 0 on every run of the loop, then B is A
                    statement = "A(" + rows.text() + ", 0) = -1";
                    valid &= inside(rows, ROWS); // into an empty range: nothing changes
                    if (valid) {
                        expected = expected == null ? select(all(ROWS), all(COLS)) : expected;
                        for (int k : rows.indices()) {
                            expected[k][0] = -1;
                        }
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>(SETUP);
        if (loop) {
            lines.add("for q = 1:" + lastQ);
            lines.add("  " + statement);
            lines.add("end");
        } else {
            lines.add(statement);
        }
        if (form == 4) {
            lines.add("B = A");
        }
        List<Diagnostic> sink = new ArrayList<>();
        Interpreter in = new Interpreter(new SourceText("t.md", ""), PageOptions.defaults(), sink);
        in.runBlock(lines, 1);
        String shown = String.join("\n", lines);
        if (valid) {
            assertThat(sink).as(shown).isEmpty();
            double[][] b = rowsOf(in.inlineValue(1, "B", 0, 1));
            if (expected.length == 1 && expected[0].length == 0) {
                assertThat(b.length == 0 || b[0].length == 0).as(shown + ": empty").isTrue();
            } else {
                assertThat(b).as(shown).isDeepEqualTo(expected);
            }
        } else {
            assertThat(sink).as(shown).hasSize(1);
            String headline = sink.get(0).headline();
            assertThat(headline).as(shown).matches("t\\.md:\\d+:\\d+: .+");
            assertThat(INTERNAL).as(headline).noneMatch(headline::contains);
        }
    }

    /** Whether a range is valid and selects only indices below {@code length}; an empty range is valid. */
    private static boolean inside(Range r, int length) {
        return r.indices() != null && r.indices().stream().allMatch(i -> i >= 0 && i < length)
                && (!r.indices().isEmpty() || r.start() <= length);
    }

    private static List<Integer> all(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static double[][] select(List<Integer> rows, List<Integer> cols) {
        double[][] out = new double[rows.size()][cols.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                out[i][j] = 10 * rows.get(i) + cols.get(j);
            }
        }
        return out;
    }

    private static double[][] rowsOf(Value v) {
        DMatrixRMaj m = ((Value.Matrix) v).matrix();
        double[][] rows = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                rows[i][j] = m.get(i, j);
            }
        }
        return rows;
    }
}
