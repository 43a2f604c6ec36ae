package quod.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The computation budget: only positive limits exist, and the time is given in nanoseconds and as text. */
class LimitsTest {

    @Test
    void aLimitThatIsNotPositiveCannotBeMade() {
        assertThatThrownBy(() -> new Limits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limits must be positive: 1, 1, NaN");
    }

    @Test
    void theDefaultsAreTwoMillionElementsTwentyMillionPerPageAndTenSeconds() {
        assertThat(Limits.DEFAULTS).isEqualTo(new Limits(2_000_000, 20_000_000, 10));
    }

    @Test
    void computeNanosIsTheBudgetInNanoseconds() {
        assertThat(new Limits(1, 1, 0.2).computeNanos()).isEqualTo(200_000_000L);
        assertThat(new Limits(1, 1, 86_400).computeNanos()).isEqualTo(86_400_000_000_000L);
    }

    @Test
    void computeSecondsTextHasNoTrailingZerosAndNoExponent() {
        assertThat(Limits.DEFAULTS.computeSecondsText()).isEqualTo("10 s");
        assertThat(new Limits(1, 1, 0.2).computeSecondsText()).isEqualTo("0.2 s");
        assertThat(new Limits(1, 1, 1.50).computeSecondsText()).isEqualTo("1.5 s");
        assertThat(new Limits(1, 1, 0.0001).computeSecondsText()).isEqualTo("0.0001 s");
    }
}
