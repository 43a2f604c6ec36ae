package quod.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one escaper of the HTML, SVG and XML Quod writes itself. */
class HtmlTest {
    @Test
    void escapesTheFiveCharactersThatEndTextOrAnAttributeInEitherQuotes() {
        assertThat(Html.escape("a & b < c > d \"e\" 'f'")).isEqualTo("a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;");
    }

    @Test
    void leavesEverythingElseAsItWas() {
        assertThat(Html.escape("été \u00a0 \\frac{1}{2} %20 ;#")).isEqualTo("été \u00a0 \\frac{1}{2} %20 ;#");
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void escapesAnEntityAgainRatherThanTrustingIt() {
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
    }
}
