package quod.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import quod.compute.output.CheckReport;
import quod.compute.output.CheckReport.Flag;

/** How close each check came to failing, and which checks can hardly fail (for quod build --checks). */
class CheckAuditTest {

    private static CheckReport only(String... lines) {
        Pages.Result r = Pages.block(lines);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.page().checks()).hasSize(1);
        return r.page().checks().get(0);
    }

    @Test
    void slackIsTheMarginOverTheLargerSide() {
        CheckReport r = only("x = 39.2", "check abs(x - 40) < 2");
        assertThat(r.slack()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.orders()).isCloseTo(Math.log10(2 / 0.8), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.flags()).isEmpty();
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.column()).isEqualTo(7);
        assertThat(r.summary()).isEqualTo("abs(x - 40) = 0.8 < 2");
    }

    @Test
    void aGreaterThanMeasuresFromTheOtherSide() {
        CheckReport r = only("s = 5", "check s > 1");
        assertThat(r.slack()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aValueManyOrdersInsideABoundIsLoose() {
        CheckReport r = only("g = 4.2e-21", "check g < 0.1");
        assertThat(r.orders()).isGreaterThan(19);
        assertThat(r.flags()).containsExactly(Flag.LOOSE);
    }

    @Test
    void threeOrdersOfMagnitudeAreTheLimit() {
        assertThat(only("d = 1.1e-12", "check d < 1e-9").flags()).isEmpty();
        assertThat(only("d = 0.9e-12", "check d < 1e-9").flags()).containsExactly(Flag.LOOSE);
        assertThat(only("x = 1 + 1e-15", "check x ~= 1 within 1e-6").flags()).containsExactly(Flag.LOOSE);
    }

    @Test
    void aCheckOfLiteralsAloneIsConstant() {
        assertThat(only("check det([1 2; 3 4]) ~= -2 within 1e-12").flags()).containsExactly(Flag.CONSTANT);
    }

    @Test
    void aPropertyOfTheFunctionsHoldsForRandomValuesAndIsFlagged() {
        assertThat(only("X = randn(4, 4)", "check max(abs(tanh(X))) <= 1").flags()).containsExactly(Flag.IDENTITY);
    }

    @Test
    void anIdentityOfLinearAlgebraIsFlaggedToo() {
        assertThat(only("A = [1 2; 3 4]", "check A * inv(A) ~= eye(2) within 1e-6").flags()).contains(Flag.IDENTITY);
    }

    @Test
    void aClaimAboutComputedValuesIsNotAnIdentity() {
        // a residual tiny by construction: random stand-ins are drawn at size 1 or more, so they fail it
        // (it is still loose: 1e-16 against 1e-12, until its label says it is exact up to rounding)
        assertThat(only("Q = randorth(4)", "check normF(Q' * Q - eye(4)) < 1e-12").flags()).doesNotContain(Flag.IDENTITY);
        assertThat(only("A = [0.9 5; 0 0.9]", "check specrad(A) < 1").flags()).isEmpty();
    }

    @Test
    void aCheckInALoopReportsItsClosestRun() {
        Pages.Result r = Pages.block("t = [5; 4; 3.9]", "for i = 0:1", "  check t(i+1) < t(i)", "end");
        CheckReport report = r.page().checks().get(0);
        assertThat(report.times()).isEqualTo(2);
        assertThat(report.slack()).isCloseTo(0.1 / 4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.summary()).isEqualTo("t(i+1) = 3.9 < t(i) = 4");
        assertThat(Set.copyOf(report.flags())).isEmpty();
    }

    @Test
    void aLabelThatSaysWhyExemptsACheckFromLoose() {
        assertThat(only("d = 1e-16", "check \"equal up to rounding\": d < 1e-9").flags()).isEmpty();
        assertThat(only("d = 1e-16", "check \"the gradient is small\": d < 1e-9").flags()).containsExactly(Flag.LOOSE);
        assertThat(only("d = 1e-16", "check \"the gradient is small\": d < 1e-9").label()).isEqualTo("the gradient is small");
    }

    @Test
    void aCheckOfWholeNumbersAloneIsNotCalledAnIdentity() {
        // whole numbers are never replaced by random values, so trials could not tell
        assertThat(only("k = 12", "check k >= 10").flags()).isEmpty();
    }
}
