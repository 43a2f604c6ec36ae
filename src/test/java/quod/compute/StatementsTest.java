package quod.compute;

import quod.compute.output.ComputeOutput;
import quod.compute.runtime.Eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each statement kind of a compute block, and the language details EJML alone gets wrong. */
class StatementsTest {

    @Test
    void assignmentThenShowWritesLabelEqualsValue() {
        Pages.Result r = Pages.block("A = [1 2; 3 4]", "show A' * A");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Pages.shown(r)).containsExactly("A^\\top A = \\begin{bmatrix} 10 & 14 \\\\ 14 & 20 \\end{bmatrix}");
    }

    @Test
    void showWithLabelUsesTheLabelAsWritten() {
        Pages.Result r = Pages.block("x = 2.5", "show x*2 as \"\\|x\\|_2\"   % comment with \"quotes\"");
        assertThat(Pages.shown(r)).containsExactly("\\|x\\|_2 = 5");
    }

    @Test
    void integerLiteralsTooLargeForAnIntKeepTheirValue() {
        Pages.Result r = Pages.block("n = 123456789012 + 1", "show n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Pages.shown(r)).containsExactly("n = 1.235 \\times 10^{11}");
    }

    @Test
    void aCheckInsideALoopLeavesOneMarkSayingHowOftenItPassed() {
        Pages.Result r = Pages.block("t = [5; 4; 3]", "for i = 0:1", "  check t(i+1) < t(i)", "end", "check t(2) == 3");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.page().checksPassed()).isEqualTo(3);
        assertThat(Pages.checks(r)).containsExactly(
                new ComputeOutput.CheckPassed(null, "t(i+1) < t(i)", "t(i+1) = 3 < t(i) = 4", "t(i+1) = 3, t(i) = 4", 2),
                new ComputeOutput.CheckPassed(null, "t(2) == 3", "t(2) = 3 == 3", "t(2) = 3", 1));
    }

    @Test
    void aCheckMayCarryALabelInWordsThatMayHoldColonsEqualsAndPercent() {
        Pages.Result r = Pages.block("t = [5; 4; 3]",
                "check \"the last run: 40% faster, t = 3\" : t(2) == 3   % a comment",
                "for i = 0:1", "  check \"every run is faster\": t(i+1) < t(i)", "end",
                "check t(0) > t(2)");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Pages.checks(r)).containsExactly(
                new ComputeOutput.CheckPassed("the last run: 40% faster, t = 3", "t(2) == 3", "t(2) = 3 == 3", "t(2) = 3", 1),
                new ComputeOutput.CheckPassed("every run is faster", "t(i+1) < t(i)", "t(i+1) = 3 < t(i) = 4",
                        "t(i+1) = 3, t(i) = 4", 2),
                new ComputeOutput.CheckPassed(null, "t(0) > t(2)", "t(0) = 5 > t(2) = 3", "t(0) = 5, t(2) = 3", 1));
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        Pages.Result r = Pages.block("% setup", "", "a = 3 % three", "show a");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Pages.shown(r)).containsExactly("a = 3");
    }

    @Test
    void passedChecksAreCountedAndMarked() {
        Pages.Result r = Pages.block("A = [2 0; 0 2]", "check det(A) == 4", "check A*A ~= 4*eye(2) within 1e-12",
                "check trace(A) >= 4", "check normF(A) > 2");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.page().checksPassed()).isEqualTo(4);
        assertThat(r.block(1)).hasSize(4).allMatch(o -> o instanceof ComputeOutput.CheckPassed c && c.times() == 1);
        assertThat(r.block(1).get(0)).isEqualTo(new ComputeOutput.CheckPassed(null, "det(A) == 4", "det(A) = 4 == 4", "det(A) = 4", 1));
    }

    @Test
    void loopRunsInclusiveRangeAndWritesIntoVector() {
        Pages.Result r = Pages.block("g = zeros(4, 1)", "for t = 0:3", "  g(t) = t*t", "end", "show g'");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Pages.shown(r)).containsExactly("g^\\top = \\begin{bmatrix} 0 & 1 & 4 & 9 \\end{bmatrix}");
    }

    @Test
    void loopBodyMayChangeTheShapeOfAVariable() {
        assertThat(Eval.matrix("M", "M = [0]", "for k = 1:3", "M = [M; k]", "end"))
                .isDeepEqualTo(new double[][] {{0}, {1}, {2}, {3}});
    }

    @Test
    void loopBodyMayChangeTheKindOfAVariable() {
        // x starts as an integer, becomes a number, then a matrix: the compiled sequences must follow.
        assertThat(Eval.number("x", "x = 0", "for i = 1:3", "x = x + 0.5", "end")).isEqualTo(1.5);
        assertThat(Eval.matrix("y", "y = 1", "for i = 1:2", "y = y + [1 1]", "end")).isDeepEqualTo(new double[][] {{3, 3}});
    }

    @Test
    void nestedLoopsAndConditionals() {
        double total = Eval.number("s", "s = 0", "for i = 0:3", "for j = 0:3", "if i < j", "s = s + i*10 + j", "end", "end", "end");
        assertThat(total).isEqualTo(1 + 2 + 3 + 12 + 13 + 23);
    }

    @Test
    void loopWithStepAndApproximateCondition() {
        assertThat(Eval.number("c", "c = 0", "for i = 10:-2:0", "if i ~= 4 within 0.5", "c = c + 100", "end", "c = c + 1", "end"))
                .isEqualTo(106);
    }

    @Test
    void partAssignmentWritesOneEntry() {
        assertThat(Eval.matrix("A", "A = zeros(2, 2)", "A(1, 0) = 5")).isDeepEqualTo(new double[][] {{0, 0}, {5, 0}});
    }

    @Test
    void partAssignmentUsesTheSameArithmeticAsAssignment() {
        assertThat(Eval.matrix("A", "A = zeros(1, 2)", "A(0, 0:1) = [1 -2] / 2")).isDeepEqualTo(new double[][] {{0.5, -1}});
    }

    @Test
    void integerLiteralsDivideAsNumbers() {
        assertThat(Eval.number("1/2")).isEqualTo(0.5);
        assertThat(Eval.number("n/4", "n = 3")).isEqualTo(0.75);
    }

    @Test
    void negativeElementsInMatrixLiteralsAreSeparateAsInMatlab() {
        assertThat(Eval.matrix("[1 -2; -3 4]")).isDeepEqualTo(new double[][] {{1, -2}, {-3, 4}});
        assertThat(Eval.matrix("[1 - 2, 3]")).isDeepEqualTo(new double[][] {{-1, 3}});
        assertThat(Eval.matrix("[A, -A]", "A = [1; 2]")).isDeepEqualTo(new double[][] {{1, -1}, {2, -2}});
    }

    @Test
    void submatrixRangesAreZeroBasedAndInclusive() {
        assertThat(Eval.matrix("A(0:1, 1:)", "A = [1 2 3; 4 5 6; 7 8 9]")).isDeepEqualTo(new double[][] {{2, 3}, {5, 6}});
    }

    @Test
    void echoPutsTheSourceFirst() {
        Pages.Result r = Pages.run("```compute echo=true\nx = 1\nshow x\n```\n");
        assertThat(r.block(1)).containsExactly(new ComputeOutput.Source("x = 1\nshow x"), new ComputeOutput.DisplayMath("x = 1"));
    }

    @Test
    void blocksShareOneScopeInDocumentOrderAndOtherFencesAreLeftAlone() {
        String body = "```compute\nx = 2\n```\n\n````python\n{{ x }}\n```compute\n````\n\n~~~compute\nshow x + 1\n~~~\n";
        Pages.Result r = Pages.run(body);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.blockLines()).containsExactly(1, 10);
        assertThat(Pages.shown(r)).isEmpty();
        assertThat(r.block(10)).containsExactly(new ComputeOutput.DisplayMath("x + 1 = 3"));
        assertThat(r.substituted()).isEqualTo(body);
    }

    @Test
    void inlineValuesUseTheScopeAtTheirPlace() {
        Pages.Result r = Pages.run("```compute\nx = 1\n```\nbefore {{ x }}\n```compute\nx = 2\n```\nafter {{ x }}\n");
        assertThat(r.substituted().lines().toList()).contains("before 1", "after 2");
    }

    @Test
    void aLongLoopCarriesItsStateToTheFixedPoint() {
        // h = tanh(h/2 + 0.1) halves its error each step, so 200 steps reach the fixed point to rounding.
        // How fast loops run (statements compile once) is measured by bench/compute.sh, not asserted here.
        double v = Eval.number("h(0)", "W = 0.5*eye(20)", "h = ones(20, 1)", "for t = 0:199", "h = tanh(W*h + 0.1)", "end");
        assertThat(v).isCloseTo(0.195, within(0.001));
        assertThat(Math.tanh(0.5 * v + 0.1)).isCloseTo(v, within(1e-12));
    }

    @Test
    void multiAssignmentOfWrongCountIsAnError() {
        Pages.Result r = Pages.block("[U, S] = svd(eye(2))");
        assertThat(r.headlines()).containsExactly("page.md:2:10: svd takes 1 argument and returns 3 values, here 1 and 2");
    }

    @Test
    void wholeNumbersDivideAsAReaderExpects() {
        Pages.Result r = Pages.block("a = 35", "b = 10", "show a / b", "v = [1; 2; 3]", "show numel(v) / rows(v)",
                "show (a) / -b", "n = a / b", "check n == 3.5");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Pages.shown(r)).containsExactly("a / b = 3.5",
                "\\operatorname{numel}\\left(v\\right) / \\operatorname{rows}\\left(v\\right) = 1",
                "\\left(a\\right) / -b = -3.5");
    }

    @Test
    void rangesWhoseEndsAreExpressionsSelectWhatTheySay() {
        // The author's report: A(0:n-1, :) failed with EJML's parser message, A(0:5*q-1, :) in a loop with
        // a Java class-cast message; EJML makes ranges of single tokens before it applies operators.
        Pages.Result r = Pages.block("A = eye(10)", "n = 4", "B = A(0:n-1, :)", "for q = 1:2", "  C = A(0:5*q-1, :)", "end",
                "m = rows(A)", "D = A(0:m-1, :)", "E = A(n-2:2:m-1, 1:n+1)", "F = [0:n-1]", "A(0:n-1, 0) = 2*ones(n, 1)",
                "check B ~= [eye(4) zeros(4, 6)] within 0", "check C ~= eye(10) within 0", "check D ~= eye(10) within 0",
                "check E ~= [0 1 0 0 0; 0 0 0 1 0; 0 0 0 0 0; 0 0 0 0 0] within 0", "check F ~= [0 1 2 3] within 0",
                "check sum(A(:, 0)) == 8");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.page().checksPassed()).isEqualTo(6);
    }

    @Test
    void aQuotientOfSumsOfWholeNumbersIsNotDividedAsIntegers() {
        Pages.Result r = Pages.block("n = 4", "show (n+1)/(n-1)", "show (2*n)/(n*3)");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Pages.shown(r)).containsExactly("\\left(n + 1\\right) / \\left(n - 1\\right) = 1.667",
                "\\left(2 n\\right) / \\left(n \\cdot 3\\right) = 0.6667");
    }
}
