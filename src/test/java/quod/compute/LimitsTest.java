package quod.compute;

import quod.compute.output.ComputeOutput;
import quod.compute.runtime.PageOptions;
import quod.compute.runtime.Value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import quod.config.Limits;

/**
 * No input can crash, hang or exhaust the memory of the build: deep nesting, huge matrices, a page
 * holding too much at once and endless loops each become one diagnostic at their position. The
 * compute block's fence is line 1, so its first statement is line 2.
 */
class LimitsTest {
    private static final String BUDGET = "computations of this page ran past their budget of ";

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    private static Pages.Result withLimits(Limits limits, String... lines) {
        return Pages.run("```compute\n" + String.join("\n", lines) + "\n```\n", PageOptions.defaults().withLimits(limits));
    }

    // Nesting: the parser and every walk over the tree are recursive.

    @Test
    void parenthesesNestedMoreThanAHundredDeepAreReportedWhereTheLimitIsPassed() {
        assertThat(Pages.block("x = " + repeat("(", 100) + "1" + repeat(")", 100), "show x").headlines()).isEmpty();
        // the 101st '(' is at offset 4 + 100
        assertThat(Pages.block("x = " + repeat("(", 2000) + "1" + repeat(")", 2000)).headlines()).containsExactly(
                "page.md:2:105: expression nested too deeply: more than 100 levels of parentheses, brackets and function calls");
    }

    @Test
    void bracketsAndCallsCountAsNestingToo() {
        assertThat(Pages.block("x = " + repeat("[", 500) + "1" + repeat("]", 500)).headlines()).containsExactly(
                "page.md:2:105: expression nested too deeply: more than 100 levels of parentheses, brackets and function calls");
        // abs( is four characters; the 101st call's '(' is at offset 4 + 100 * 4 + 3
        assertThat(Pages.block("x = " + repeat("abs(", 3000) + "1" + repeat(")", 3000)).headlines()).containsExactly(
                "page.md:2:408: expression nested too deeply: more than 100 levels of parentheses, brackets and function calls");
    }

    @Test
    void inlineValuesGoThroughTheSameLimits() {
        Pages.Result r = Pages.run("Value: {{ " + repeat("(", 200) + "1" + repeat(")", 200) + " }}\n");
        assertThat(r.headlines()).containsExactly(
                "page.md:1:111: expression nested too deeply: more than 100 levels of parentheses, brackets and function calls");
    }

    @Test
    void aLongChainOfOperatorsIsTooLongNotAStackOverflow() {
        assertThat(Pages.block("x = " + String.join("+", java.util.Collections.nCopies(500, "1")), "show x").headlines())
                .isEmpty();
        // the k-th '+' is at offset 3 + 2k; the 500th makes the tree 501 high
        assertThat(Pages.block("x = " + String.join("+", java.util.Collections.nCopies(20000, "1"))).headlines())
                .containsExactly("page.md:2:1004: expression too long: more than 500 operations nested in one another;"
                        + " split it over several statements");
    }

    @Test
    void longRunsOfSignsPowersAndTransposesAreReadWithoutRecursion() {
        assertThat(Pages.block("x = " + repeat("-", 100_000) + "1").headlines()).containsExactly(
                "page.md:2:99505: expression too long: more than 500 operations nested in one another;"
                        + " split it over several statements");
        // a run of powers stops at its second '^': EJML and mathematics group it differently
        assertThat(Pages.block("x = " + String.join("^", java.util.Collections.nCopies(100_000, "1"))).headlines())
                .containsExactly("page.md:2:8: a^b^c is ambiguous: write (a^b)^c or a^(b^c)");
        assertThat(Pages.block("A = eye(2)", "x = A" + repeat("'", 100_000)).headlines()).containsExactly(
                "page.md:3:505: expression too long: more than 500 operations nested in one another;"
                        + " split it over several statements");
    }

    @Test
    void signsAndPowersReadWithLoopsGroupAsTheRecursiveParserDid() {
        Pages.Result r = Pages.block("x = 3", "A = [1 2]", "show 2^-(x^2)", "show -A'", "show 2*-x");
        assertThat(r.headlines()).isEmpty();
        assertThat(Pages.shown(r)).extracting(l -> l.substring(0, l.indexOf(" ="))).containsExactly(
                "2^{-\\left(x^{2}\\right)}", "-A^\\top", "2 \\cdot -x");
    }

    @Test
    void deepButAllowedExpressionsRunThroughEveryWalk() {
        // 100 levels of brackets around a 400-long sum: the checker, sizes, EJML text and the LaTeX label all recurse
        String sum = String.join(" + ", java.util.Collections.nCopies(400, "x"));
        Pages.Result r = Pages.block("x = 1", "show " + repeat("(", 99) + sum + repeat(")", 99));
        assertThat(r.headlines()).isEmpty();
        assertThat(Pages.shown(r).get(0)).endsWith(" = 400");
    }

    @Test
    void blocksNestedTooDeeplyAreOneErrorAndNothingElse() {
        StringBuilder lines = new StringBuilder("```compute\n");
        for (int i = 0; i < 2000; i++) {
            lines.append("for i").append(i).append(" = 0:0\n");
        }
        lines.append("x = 1\n").append("end\n".repeat(2000)).append("show x\n```\n");
        // the 101st 'for' is on line 102
        assertThat(Pages.run(lines.toString()).headlines()).containsExactly(
                "page.md:102:1: blocks nested too deeply: more than 100 levels of for and if");
    }

    // Matrix sizes, checked before EJML allocates.

    @Test
    void aMatrixLargerThanTheLimitIsReportedBeforeItIsAllocated() {
        assertThat(Pages.block("Z = zeros(40000, 40000)").headlines()).containsExactly(
                "page.md:2:5: zeros(40000, 40000) would have 1600000000 elements, more than the limit of 2000000"
                        + " (limits.matrixElements in site.yml)");
        assertThat(Pages.block("n = 40000", "Z = ones(n, n) + 1").headlines()).containsExactly(
                "page.md:3:5: ones(n, n) would have 1600000000 elements, more than the limit of 2000000"
                        + " (limits.matrixElements in site.yml)");
    }

    @Test
    void everyWayOfMakingAMatrixIsChecked() {
        String limit = ", more than the limit of 2000000 (limits.matrixElements in site.yml)";
        assertThat(Pages.block("x = normF(eye(100000))").headlines())
                .containsExactly("page.md:2:11: eye(100000) would have 10000000000 elements" + limit);
        assertThat(Pages.block("R = rand(3000)").headlines())
                .containsExactly("page.md:2:5: rand(3000) would have 9000000 elements" + limit);
        assertThat(Pages.block("R = randn(2, 1000001)").headlines())
                .containsExactly("page.md:2:5: randn(2, 1000001) would have 2000002 elements" + limit);
        assertThat(Pages.block("Q = randorth(1500)").headlines())
                .containsExactly("page.md:2:5: randorth(1500) would have 2250000 elements" + limit);
        assertThat(Pages.block("v = ones(100000, 1)", "M = v * v'").headlines())
                .containsExactly("page.md:3:5: v * v' would have 10000000000 elements" + limit);
        assertThat(Pages.block("v = ones(2000, 1)", "K = kron(v, v')").headlines())
                .containsExactly("page.md:3:5: kron(v, v') would have 4000000 elements" + limit);
        assertThat(Pages.block("v = ones(1000000, 1)", "D = diag(v)").headlines())
                .containsExactly("page.md:3:5: diag(v) would have 1000000000000 elements" + limit);
        assertThat(Pages.block("v = ones(1000000, 1)", "W = [v v v]").headlines())
                .containsExactly("page.md:3:5: [v v v] would have 3000000 elements" + limit);
        assertThat(Pages.block("n = 100000000", "r = [0:n]").headlines())
                .containsExactly("page.md:3:5: [0:n] would have 100000001 elements" + limit);
        // a range known before running is checked against the matrix first; EJML would allocate for it
        assertThat(Pages.block("A = eye(3)", "n = 100000000", "x = A(0:n, 0:n)").headlines())
                .containsExactly("page.md:4:9: index 100000000 out of range for 3x3 matrix (indices start at 0)");
        assertThat(Pages.block("A = eye(3)", "n = 100000000", "x = A(0:abs(n), 0:abs(n))").headlines())
                .containsExactly("page.md:4:5: A(0:abs(n), 0:abs(n)) could have up to 10000000200000000 elements" + limit);
        assertThat(Pages.block("v = ones(3000, 1)", "x = solve(v', v')").headlines())
                .containsExactly("page.md:3:5: solve(v', v') would have 9000000 elements" + limit);
    }

    @Test
    void aSizeKnownOnlyAsABoundSaysCouldHave() {
        assertThat(Pages.block("A = ones(1000, 1000)", "Z = zeros(rank(A) * 2000, 1000)").headlines()).containsExactly(
                "page.md:3:5: zeros(rank(A) * 2000, 1000) could have up to 2000000000 elements, more than the limit of"
                        + " 2000000 (limits.matrixElements in site.yml)");
    }

    @Test
    void integerArithmeticThatWrapsAroundIsNotTrustedAsASize() {
        // EJML's ints wrap: this is 2147483642 when run, though the arithmetic on paper says -6
        assertThat(Pages.block("Z = zeros(-((65536*65536+10)/2) + 2147483647, 1)").headlines()).containsExactly(
                "page.md:2:5: zeros(-((65536*65536+10)/2) + 2147483647, 1) could have up to 2147483647 elements,"
                        + " more than the limit of 2000000 (limits.matrixElements in site.yml)");
    }

    @Test
    void matricesAtTheLimitAreFine() {
        Pages.Result r = withLimits(new Limits(12, 1000, 10), "A = ones(3, 4)", "B = A' * 2", "show numel(B)");
        assertThat(r.headlines()).isEmpty();
        assertThat(withLimits(new Limits(12, 1000, 10), "A = ones(13, 1)").headlines()).containsExactly(
                "page.md:2:5: ones(13, 1) would have 13 elements, more than the limit of 12 (limits.matrixElements in site.yml)");
    }

    @Test
    void thePageLimitCountsVariablesAndTheStatementsIntermediateResults() {
        Limits small = new Limits(100, 350, 10);
        // ones(10, 10) needs 100 for EJML's result and 100 for the copy kept in the variable: 100 + 200 fit in 350;
        // then A and B hold 200, and A + B needs 100 for the sum and 100 for C
        Pages.Result r = withLimits(small, "A = ones(10, 10)", "B = ones(10, 10)", "C = A + B", "show normF(A)");
        assertThat(r.headlines()).containsExactly(
                "page.md:4:5: computing A + B needs up to 200 matrix elements on top of the 200 this page holds,"
                        + " more than the limit of 350 for a page (limits.pageElements in site.yml)");
        assertThat(Pages.shown(r)).containsExactly("\\|A\\|_F = 10");
    }

    @Test
    void reassigningFreesTheOldValue() {
        // A holds 100; each run of the loop's statement needs 300 (ones, the product, the copy), reused run after run
        Limits small = new Limits(100, 400, 10);
        Pages.Result r = withLimits(small, "A = ones(10, 10)", "for i = 0:50", "  A = ones(10, 10) * i", "end", "show A(0, 0)");
        assertThat(r.headlines()).isEmpty();
        assertThat(Pages.shown(r)).containsExactly("A_{0,0} = 50");
    }

    @Test
    void decompositionsCountTheirFactors() {
        Limits small = new Limits(100, 350, 10);
        assertThat(withLimits(small, "X = ones(10, 10)", "[U, S, V] = svd(X)").headlines()).containsExactly(
                "page.md:3:13: computing svd(X) needs up to 500 matrix elements on top of the 100 this page holds,"
                        + " more than the limit of 350 for a page (limits.pageElements in site.yml)");
    }

    @Test
    void aPlotDrawsAtMostTenThousandPointsPerSeries() {
        Pages.Result r = Pages.run("```compute\nv = ones(2000000, 1)\nw = ones(10000, 1)\n```\n```plot\ny: w\n```\n"
                + "```plot\ny: w, v\n```\n");
        assertThat(r.headlines()).containsExactly("page.md:9:7: 'v' has 2000000 values; a plot draws at most 10000 points per series");
        assertThat(r.block(5)).singleElement().isInstanceOf(ComputeOutput.Plot.class);
    }

    // The time budget.

    /** A clock that moves one second each time it is read, so the budget runs out at a known statement. */
    private static java.util.function.LongSupplier secondPerRead() {
        AtomicLong now = new AtomicLong();
        return () -> now.addAndGet(1_000_000_000L);
    }

    @Test
    void runningOutOfTimeReportsTheRunningStatementOnceAndRunsNothingMore() {
        String page = """
                ```compute
                x = 0
                for i = 0:1000
                  x = x + 1
                end
                ```
                Later: {{ undefinedThing }}.
                ```compute
                check 2 < 1
                ```
                """;
        // Reads: the start, x = 0 (evaluate, after), the range (2), then per iteration the loop, the body's
        // evaluate and its end; the eleventh read is past 10 s, in the body's evaluate of the third iteration.
        Pages.Result r = Pages.run(page, PageOptions.defaults(), secondPerRead());
        assertThat(r.headlines()).containsExactly("page.md:4:3: " + BUDGET
                + "10 s (limits.computeSeconds in site.yml) while running this statement");
        assertThat(r.substituted()).contains("Later: {{ undefinedThing }}.");
    }

    @Test
    void theLoopIsReportedWhenTimeRunsOutBetweenIterations() {
        Pages.Result r = Pages.run("```compute\nfor i = 0:1000\nend\n```\n", PageOptions.defaults().withLimits(
                new Limits(2_000_000, 20_000_000, 4)), secondPerRead());
        assertThat(r.headlines()).containsExactly("page.md:2:1: " + BUDGET
                + "4 s (limits.computeSeconds in site.yml) while running this statement");
    }

    @Test
    void anInlineValueOrAPlotCanRunOutOfTimeToo() {
        Pages.Result r = Pages.run("```compute\nx = 1\n```\n{{ x }} {{ x }} {{ x }}\n", PageOptions.defaults().withLimits(
                new Limits(2_000_000, 20_000_000, 4)), secondPerRead());
        // start, x = 1 (2 reads), first value (1), second value (1), third value: past 4 s
        assertThat(r.headlines()).containsExactly("page.md:4:20: " + BUDGET
                + "4 s (limits.computeSeconds in site.yml) while computing this value");
        Pages.Result plot = Pages.run("```compute\nx = [1 2 3]\ny = x\nz = x\n```\n```plot\ny: x\n```\n",
                PageOptions.defaults().withLimits(new Limits(2_000_000, 20_000_000, 6.5)), secondPerRead());
        assertThat(plot.headlines()).containsExactly("page.md:6:1: " + BUDGET
                + "6.5 s (limits.computeSeconds in site.yml) while drawing this plot");
    }

    @Test
    void aRealLongLoopStopsAtASmallBudget() {
        long start = System.nanoTime();
        Pages.Result r = withLimits(new Limits(2_000_000, 20_000_000, 0.2),
                "for i = 1:1000000", "  for j = 1:1000000", "  end", "end", "show i");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(r.headlines()).singleElement().satisfies(h -> assertThat(h)
                .matches("page\\.md:(2:1|3:3): " + java.util.regex.Pattern.quote(BUDGET
                        + "0.2 s (limits.computeSeconds in site.yml) while running this statement")));
        // without the budget the loops would run for hours
        assertThat(seconds).isLessThan(5);
    }
}
