package quod.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Every user mistake is one diagnostic at the exact line and column of the offending expression,
 * in words a user can act on; none is thrown, none cascades, and nothing reaches stdout.
 * The compute block's fence is line 1, so its first statement is line 2.
 */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class ErrorsTest {

    @Test
    void falseCheckReportsTheComputedValue() {
        Pages.Result r = Pages.block("G = [0.3 0; 0 0.2]", "check normF(G) < 1e-10");
        assertThat(r.headlines()).containsExactly("page.md:3:7: check failed: normF(G) < 1e-10 (normF(G) = 0.3606)");
        assertThat(r.page().checksPassed()).isZero();
    }

    @Test
    void aFailedLabelledCheckNamesItsLabelAndTheClaim() {
        Pages.Result r = Pages.block("G = [0.3 0; 0 0.2]", "check \"the early gradient vanishes\": normF(G) < 1e-10");
        assertThat(r.headlines()).containsExactly("page.md:3:38: check failed: \"the early gradient vanishes\": "
                + "normF(G) < 1e-10 (normF(G) = 0.3606)");
    }

    @Test
    void aBadCheckLabelIsAnErrorAtTheLabelAndTheBlockGoesOn() {
        String unclosed = "the check's label is not closed: end it with '\"', then ':' and the comparison, "
                + "as in check \"the loss falls\": L(9) < L(0)";
        String noColon = "expected ':' after the check's label, then the comparison, as in check \"the loss falls\": L(9) < L(0)";
        assertThat(Pages.block("x = 1", "check \"x is one: x == 1", "show x").headlines())
                .containsExactly("page.md:3:7: " + unclosed);
        assertThat(Pages.block("x = 1", "check \"x is one\" x == 1").headlines())
                .containsExactly("page.md:3:18: " + noColon);
        assertThat(Pages.block("x = 1", "check \"x is one\"").headlines())
                .containsExactly("page.md:3:17: " + noColon);
        assertThat(Pages.block("x = 1", "check \"  \": x == 1").headlines())
                .containsExactly("page.md:3:7: the check's label is empty: say in words what the check shows, "
                        + "or leave out the quotes and the ':'");
        // the comparison after the label is parsed as one without: its errors point into it
        assertThat(Pages.block("x = 1", "check \"x is one\": x = 1").headlines())
                .containsExactly("page.md:3:21: '=' assigns; to compare, write '==' (or <, <=, >, >=, ~=)");
        assertThat(Pages.block("x = 1", "check \"x is one\":").headlines())
                .containsExactly("page.md:3:18: expected a number, a name, '(' or '[', found end of line");
    }

    @Test
    void failedApproximateCheckReportsTheDifference() {
        Pages.Result r = Pages.block("check [1 2] ~= [1 2.5] within 0.1");
        assertThat(r.headlines()).containsExactly("page.md:2:7: check failed: [1 2] ~= [1 2.5] within 0.1 (max |difference| = 0.5)");
    }

    @Test
    void aSingleEqualsWhereAComparisonBelongsSaysToWriteTwo() {
        assertThat(Pages.block("x = [1; 2; 3]", "check numel(x) = 3").headlines())
                .containsExactly("page.md:3:16: '=' assigns; to compare, write '==' (or <, <=, >, >=, ~=)");
        // the if's body is not run and its 'end' needs no error of its own; x stays usable
        assertThat(Pages.block("x = 3", "if x = 3", "y = 1", "end", "show x").headlines())
                .containsExactly("page.md:3:6: '=' assigns; to compare, write '==' (or <, <=, >, >=, ~=)");
        // a variable may still be called check or show
        assertThat(Pages.block("check = 2", "show = check + 1", "show show").headlines()).isEmpty();
    }

    @Test
    void syntaxErrorSaysWhatWasExpected() {
        Pages.Result r = Pages.block("x = (1 + 2");
        assertThat(r.headlines()).containsExactly("page.md:2:11: expected ')', found end of line");
        assertThat(Pages.block("x = 1 +").headlines()).containsExactly("page.md:2:8: expected a number, a name, '(' or '[', found end of line");
        assertThat(Pages.block("check x > ").headlines()).containsExactly("page.md:2:11: expected a number, a name, '(' or '[', found end of line");
        assertThat(Pages.block("x = 2 $ 3").headlines()).containsExactly("page.md:2:7: unexpected character '$'");
        assertThat(Pages.block("for i = 0:3", "x = i").headlines()).containsExactly("page.md:2:1: 'for' without 'end'");
        assertThat(Pages.block("end").headlines()).containsExactly("page.md:2:1: 'end' without a 'for' or 'if' to close");
    }

    /** EJML reads these differently from mathematics, so a shown label and its value would disagree. */
    @Test
    void powersWhoseGroupingEjmlAndMathematicsReadDifferentlyMustBeParenthesised() {
        assertThat(Pages.block("show 2^3^2").headlines())
                .containsExactly("page.md:2:9: a^b^c is ambiguous: write (a^b)^c or a^(b^c)");
        assertThat(Pages.block("x = -2^2").headlines())
                .containsExactly("page.md:2:5: -a^b is ambiguous: write -(a^b) or (-a)^b");
        assertThat(Pages.block("a = (2^3)^2", "b = 2^(3^2)", "c = -(2^2)", "d = (-2)^2", "f = 2^-1",
                "check a == 64", "check b == 512", "check c == -4", "check d == 4", "check f == 0.5").headlines()).isEmpty();
    }

    @Test
    void dimensionMismatchNamesBothShapes() {
        Pages.Result r = Pages.block("A = ones(6, 2)", "B = ones(6, 40)", "C = A * B");
        assertThat(r.headlines()).containsExactly("page.md:4:7: cannot multiply 6x2 by 6x40");
        assertThat(Pages.block("x = [1 2] + [1 2 3]").headlines()).containsExactly("page.md:2:11: cannot add 1x2 and 1x3");
    }

    @Test
    void unknownFunctionAndVariable() {
        assertThat(Pages.block("y = foo(2)").headlines()).containsExactly("page.md:2:5: unknown function 'foo'");
        assertThat(Pages.block("W = 1", "y = 2 * Wx").headlines()).containsExactly("page.md:3:9: unknown variable 'Wx'");
        assertThat(Pages.block("y = norm2(1, 2)").headlines()).containsExactly("page.md:2:5: norm2 takes 1 argument, got 2");
    }

    @Test
    void indexOutOfRange() {
        assertThat(Pages.block("A = eye(3)", "x = A(5, 0)").headlines())
                .containsExactly("page.md:3:7: index 5 out of range for 3x3 matrix (indices start at 0)");
    }

    @Test
    void inverseOfSingularMatrixIsNotFinite() {
        Pages.Result r = Pages.block("A = [1 2; 2 4]", "B = inv(A)");
        assertThat(r.headlines()).containsExactly(
                "page.md:3:5: result of inv(A) is not finite (NaN or infinity): is the matrix singular?");
    }

    @Test
    void laterUsesOfAFailedVariableDoNotCascade() {
        Pages.Result r = Pages.block("A = [1 2; 2 4]", "B = inv(A)", "C = B * 2", "show C", "check normF(C) < 1",
                "for i = 0:2", "  D = foo(i)", "end", "show D", "E = 1 +", "show E");
        assertThat(r.headlines()).containsExactly(
                "page.md:3:5: result of inv(A) is not finite (NaN or infinity): is the matrix singular?",
                "page.md:8:7: unknown function 'foo'",
                "page.md:11:8: expected a number, a name, '(' or '[', found end of line");
    }

    @Test
    void laterIndependentBlocksStillReportTheirOwnErrors() {
        Pages.Result r = Pages.run("```compute\nx = y\n```\n\ntext {{ z }}\n\n```compute\ncheck 2 < 1\n```\n");
        assertThat(r.headlines()).containsExactly("page.md:2:5: unknown variable 'y'", "page.md:5:9: unknown variable 'z'",
                "page.md:8:7: check failed: 2 < 1 (both sides are constants)");
        assertThat(r.substituted()).contains("text {{ z }}");
    }

    @Test
    void multiOutputFunctionInAnExpressionExplainsHowToCallIt() {
        assertThat(Pages.block("s = svd(eye(2))").headlines()).containsExactly(
                "page.md:2:5: svd returns 3 matrices: write [U, S, V] = svd(...), or use svals(...) for the singular values");
    }

    @Test
    void badInlineFormat() {
        assertThat(Pages.run("x {{ 1 | .3q }}\n").headlines()).containsExactly("page.md:1:10: unknown format '.3q': use .3f, .2e, .4g or d");
    }

    @Test
    void plotErrorsArePositioned() {
        Pages.Result r = Pages.run("```compute\nv = [1; 0]\nA = eye(2)\n```\n```plot\ny: v\nyscale: log\n```\n```plot\ny: A\n```\n");
        assertThat(r.headlines()).containsExactly(
                "page.md:6:4: a log scale needs positive values, but v is 0 at index 1",
                "page.md:10:4: 'A' is a 2x2 matrix; a plot needs vectors");
    }

    @Test
    void aNonFiniteInlineValueIsAnErrorLikeANonFiniteResult() {
        Pages.Result r = Pages.run("```compute\nA = [1 2; 2 4]\n```\nNaN: {{ 0/0 }}, infinity: $x = {{ 1/0 | .2f }}$, "
                + "{{ inv(A) }}.\n");
        assertThat(r.headlines()).containsExactly(
                "page.md:4:9: result of 0/0 is not finite (NaN or infinity)",
                "page.md:4:35: result of 1/0 is not finite (NaN or infinity)",
                "page.md:4:53: result of inv(A) is not finite (NaN or infinity): is the matrix singular?");
        assertThat(r.substituted()).contains("NaN: {{ 0/0 }}");
    }

    @Test
    void aNonFiniteShowIsAnError() {
        assertThat(Pages.block("show 1/0").headlines()).containsExactly("page.md:2:6: result of 1/0 is not finite (NaN or infinity)");
    }

    @Test
    void oddInputGivesMessagesNotExceptions() {
        // items side by side select rows; in a function call they are a missing comma
        assertThat(Pages.block("A = eye(2)", "[Q, L] = eigsym(A A)").headlines())
                .containsExactly("page.md:3:19: expected ',' between the arguments of eigsym");
        assertThat(Pages.block("x = sum(0:3)").headlines())
                .containsExactly("page.md:2:9: a range selects rows or columns inside A(...); write [0:3] for a row of numbers");
        // EJML cannot make a decimal part of an index list, and said so only on stderr
        assertThat(Pages.block("A = eye(3)", "x = A(0 0.5)").headlines()).containsExactly(
                "page.md:3:9: ranges and index lists take whole numbers, such as 2, n or rows(A) - 1, not decimal numbers");
        assertThat(Pages.block("A = eye(3)", "x = A(0:pi, 0)").headlines()).containsExactly(
                "page.md:3:9: ranges and index lists take whole numbers, such as 2, n or rows(A) - 1, not decimal numbers");
        // a quotient is a decimal even when it comes out whole: EJML reported a parser bug on stderr
        assertThat(Pages.block("A = eye(3)", "n = 2", "x = A(0:n/n, 0)").headlines()).containsExactly(
                "page.md:4:9: ranges and index lists take whole numbers, such as 2, n or rows(A) - 1, not decimal numbers");
        assertThat(Pages.block("for i = 1:1e12", "end").headlines())
                .containsExactly("page.md:2:9: the loop would run 1000000000000 times; at most 1000000 are allowed");
        assertThat(Pages.block("for i = 3e9:3e9", "end").headlines())
                .containsExactly("page.md:2:9: the loop variable must stay between -2147483648 and 2147483647");
        // invisible or look-alike characters are named by their code point
        assertThat(Pages.block("x = 1\u200b2").headlines()).containsExactly("page.md:2:6: unexpected character '\u200b' (U+200B)");
        assertThat(Pages.block("x = \uD835\uDC65").headlines()).containsExactly("page.md:2:5: unexpected character '\uD835\uDC65' (U+1D465)");
        assertThat(Pages.block("x = x").headlines()).containsExactly("page.md:2:5: unknown variable 'x'");
        assertThat(Pages.block().headlines()).isEmpty();
    }

    @Test
    void aLiteralBeyondDoublesIsNotFiniteAndItsLabelKeepsItsExponent() {
        assertThat(Pages.block("x = 1e400").headlines()).containsExactly("page.md:2:5: result of 1e400 is not finite (NaN or infinity)");
        Pages.Result r = Pages.block("show 1e-99999999999");
        assertThat(r.headlines()).isEmpty();
        assertThat(Pages.shown(r)).containsExactly("10^{-99999999999} = 0");
    }

    @Test
    void aPlotWithAnUnclosedBracketIsAParseError() {
        assertThat(Pages.run("```plot\ny: cond(exp(x\n```\n").headlines())
                .containsExactly("page.md:2:14: expected ',' or ')' in the argument list of exp, found end of line");
    }

    @Test
    void aLongShowLineIsReadInLinearTime() {
        long start = System.nanoTime();
        Pages.Result r = Pages.block("x = 1", "show x" + " as \"a\"x".repeat(20_000));
        assertThat(r.headlines()).containsExactly("page.md:3:11: unexpected character '\"'");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
        assertThat(Pages.shown(Pages.block("x = 1", "show x  as  \"a \" as \"b\"  "))).containsExactly("a \" as \"b = 1");
    }

    @Test
    void nothingIsPrintedToStdoutOrStderr() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            PrintStream p = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(p);
            System.setErr(p);
            Pages.Result r = Pages.block("x = 1 +", "y = [1 2; 3]", "z = (", "w = 3 3", "v = inv([1 2; 2 4])", "u = 1:3",
                    "t = [eye(2), ones(3, 1)]", "s = [1 2](0)", "[Q, R] = qr(0 1e-320)", "[U, S, V] = svd(:v)",
                    "A = eye(2)", "A(1e-320 pi 1e400) = 1", "B = A(0:0.5, 0)");
            assertThat(r.diagnostics()).hasSizeGreaterThanOrEqualTo(6);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void wrongRangesAreNamedAtTheUsersTextNotInEjmlsOrJavasWords() {
        // EJML leaves a range's indices to Java's array check ("Index 42 out of bounds for length 42")
        assertThat(Pages.block("A = eye(6)", "n = 4", "B = A(0:n+20, :)").headlines())
                .containsExactly("page.md:4:9: index 24 out of range for 6x6 matrix (indices start at 0)");
        assertThat(Pages.block("A = eye(6)", "n = 4", "for q = 1:3", "  B = A(0:2*q-1, 2*q-1:2*q)", "end").headlines())
                .containsExactly("page.md:5:24: index 6 out of range for 6x6 matrix (indices start at 0)");
        assertThat(Pages.block("A = eye(6)", "n = 4", "A(n:n+2, 0) = 1").headlines())
                .containsExactly("page.md:4:5: index 6 out of range for 6x6 matrix (indices start at 0)");
        assertThat(Pages.block("A = eye(6)", "n = 4", "B = A(n:2, 0)").headlines())
                .containsExactly("page.md:4:7: this range runs from 4 down to 2: ranges count up, so write the smaller index first");
        assertThat(Pages.block("A = eye(6)", "n = 4", "B = A(0:n-n:3, 0)").headlines())
                .containsExactly("page.md:4:9: the step of a range must be a positive whole number, got 0 (ranges count up)");
        assertThat(Pages.block("n = 4", "B = [n:-1:0]").headlines())
                .containsExactly("page.md:3:8: the step of a range must be a positive whole number, got -1 (ranges count up)");
        // EJML rounds the length of an empty range with a step up to one index
        assertThat(Pages.block("A = eye(6)", "n = 4", "B = A(n:2:n-1, 0)").headlines()).containsExactly("page.md:4:7: "
                + "this range selects nothing (it ends at 3, before its start 4), which a range with a step cannot: write it without the step");
        // sizes of ranges are known before running, so a sum of different sizes is an error, not zeros
        assertThat(Pages.block("A = eye(6)", "n = 4", "B = A(0:n-1, :) + A(0:n, :)").headlines())
                .containsExactly("page.md:4:17: cannot add 4x6 and 5x6");
        // what is known only when running still gets Quod's words
        assertThat(Pages.block("A = eye(6)", "n = 4", "B = A(0:abs(n-20), 0)").headlines())
                .containsExactly("page.md:4:5: an index here is out of range for its matrix (indices start at 0)");
        assertThat(Pages.block("A = eye(6)", "n = 4", "B = A(abs(n):2, 0)").headlines()).containsExactly("page.md:4:5: "
                + "a range here counts down or has a step below 1: ranges count up, from the smaller index to the larger");
    }
}
