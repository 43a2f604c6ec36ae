package quod.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/** {@code limits:} in site.yml: its keys, their defaults, and every bad value reported at its line. */
class LimitsConfigTest {

    private static SiteConfigLoader.Loaded load(String yaml) {
        return new SiteConfigLoader().load(new SourceText("content/site.yml", yaml));
    }

    private static java.util.List<String> problems(String yaml) {
        return load(yaml).problems().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void withoutLimitsTheDefaultsApply() {
        SiteConfigLoader.Loaded loaded = load("title: T\n");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.config().limits()).isEqualTo(new Limits(2_000_000, 20_000_000, 10));
        assertThat(SiteConfig.defaults().limits()).isEqualTo(Limits.DEFAULTS);
    }

    @Test
    void eachLimitCanBeSetAndTheOthersKeepTheirDefaults() {
        SiteConfigLoader.Loaded loaded = load("title: T\nlimits:\n  matrixElements: 5000000\n  computeSeconds: 0.2\n");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.config().limits()).isEqualTo(new Limits(5_000_000, 20_000_000, 0.2));
        assertThat(loaded.config().limits().computeSecondsText()).isEqualTo("0.2 s");
        assertThat(load("limits:\n  pageElements: 7\n").config().limits().pageElements()).isEqualTo(7);
    }

    @Test
    void anUnknownKeyInLimitsIsReportedAtItsLine() {
        assertThat(problems("title: T\nlimits:\n  matrixElements: 10\n  pageElement: 10\n")).containsExactly(
                "content/site.yml:4:3: unknown key 'pageElement' in limits of content/site.yml"
                        + " (known keys: computeSeconds, matrixElements, pageElements)");
    }

    @Test
    void badValuesAreReportedAtTheirLineAndTheDefaultIsKept() {
        assertThat(problems("limits:\n  matrixElements: 0\n")).containsExactly(
                "content/site.yml:2:19: 'matrixElements' must be between 1 and 2147483647, not 0");
        assertThat(problems("limits:\n  pageElements: lots\n")).containsExactly(
                "content/site.yml:2:17: 'pageElements' must be a whole number, not 'lots'");
        assertThat(problems("limits:\n  matrixElements: 1.5\n")).containsExactly(
                "content/site.yml:2:19: 'matrixElements' must be a whole number, not '1.5'");
        assertThat(problems("limits:\n  computeSeconds: 0\n")).containsExactly(
                "content/site.yml:2:19: 'computeSeconds' must be a number above 0 and at most 86400, not '0'");
        assertThat(problems("limits:\n  computeSeconds: -1\n")).containsExactly(
                "content/site.yml:2:19: 'computeSeconds' must be a number above 0 and at most 86400, not '-1'");
        assertThat(problems("limits:\n  computeSeconds: NaN\n")).containsExactly(
                "content/site.yml:2:19: 'computeSeconds' must be a number above 0 and at most 86400, not 'NaN'");
        assertThat(problems("limits:\n  computeSeconds: 1e9\n")).containsExactly(
                "content/site.yml:2:19: 'computeSeconds' must be a number above 0 and at most 86400, not '1e9'");
        assertThat(load("limits:\n  computeSeconds: soon\n").config().limits()).isEqualTo(Limits.DEFAULTS);
    }

    @Test
    void limitsMustBeAMapping() {
        assertThat(problems("limits: 5\n")).containsExactly(
                "content/site.yml:1:9: 'limits' must be a mapping of names to values");
        assertThat(problems("limits:\n  matrixElements: [1, 2]\n")).containsExactly(
                "content/site.yml:2:19: 'matrixElements' must be a single value");
    }

    @Test
    void limitsIsAKnownTopLevelKey() {
        assertThat(problems("limit:\n  matrixElements: 5\n")).singleElement().asString()
                .startsWith("content/site.yml:1:1: unknown key 'limit' in content/site.yml (known keys: ")
                .contains("limits");
    }
}
