package quod.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words for solutions and checks in site.yml and front matter are the constants in lower case. */
class DisplayTest {

    @Test
    void eachConstantIsWrittenAsItsNameInLowerCase() {
        assertThat(Display.Solutions.OPEN.word()).isEqualTo("open");
        assertThat(Display.Solutions.COLLAPSED.word()).isEqualTo("collapsed");
        assertThat(Display.Checks.VISIBLE.word()).isEqualTo("visible");
        assertThat(Display.Checks.HIDDEN.word()).isEqualTo("hidden");
    }

    @Test
    void wordsAreInDeclarationOrderTheDefaultFirst() {
        assertThat(Display.words(Display.Solutions.values())).containsExactly("open", "collapsed");
        assertThat(Display.words(Display.Checks.values())).containsExactly("visible", "hidden");
    }
}
