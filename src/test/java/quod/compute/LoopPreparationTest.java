package quod.compute;

import quod.compute.runtime.PageOptions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quod.config.Limits;

/**
 * A loop body's expressions are checked, sized and written for EJML once, and again whenever a variable
 * they name changes what those steps read: its shape, its kind (whole number, number, matrix) or a
 * number's value. Each test fails if the first iteration's work were kept for the later ones. The block's
 * fence is line 1, so its first statement is line 2.
 */
class LoopPreparationTest {
    @Test
    void aShapeThatChangesInTheLoopIsCheckedAgain() {
        Pages.Result r = Pages.block("v = ones(2, 1)", "for i = 0:2", "  w = v' * [1; 1]", "  v = [v; 1]", "end");
        // the checker's message at the product, not EJML's about its own dimensions
        assertThat(r.headlines()).containsExactly("page.md:4:10: cannot multiply 1x3 by 2x1");
    }

    @Test
    void aSizeThatGrowsInTheLoopIsCheckedAgainstTheLimit() {
        Pages.Result r = Pages.run("```compute\nfor k = 1:3\n  n = 5 * k\n  Z = zeros(n, 1)\nend\n```\n",
                PageOptions.defaults().withLimits(new Limits(12, 1000, 10)));
        assertThat(r.headlines()).containsExactly(
                "page.md:4:7: zeros(n, 1) would have 15 elements, more than the limit of 12 (limits.matrixElements in site.yml)");
    }

    @Test
    void variablesThatBecomeWholeNumbersStillDivideAsDecimals() {
        // in the second iteration a and b are whole numbers, which EJML would divide as integers (7 / 2 = 3)
        Pages.Result r = Pages.block("a = 7.5", "b = 2.5", "for k = 0:1", "  y = a / b", "  a = 7", "  b = 2", "end",
                "check y == 3.5");
        assertThat(r.headlines()).isEmpty();
        assertThat(Pages.checks(r)).hasSize(1);
    }
}
