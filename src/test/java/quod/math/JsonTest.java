package quod.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JSON string quoting: what JSON requires, plus what keeps the string inert inside an HTML script element. */
class JsonTest {

    @Test
    void plainTextIsQuotedAsItIs() {
        assertThat(Json.quote("")).isEqualTo("\"\"");
        assertThat(Json.quote("\\mathbb{R} é 中 \uD83D\uDE00")).isEqualTo("\"\\\\mathbb{R} é 中 \uD83D\uDE00\"");
    }

    @Test
    void quotesBackslashesAndLineBreaksAreEscaped() {
        assertThat(Json.quote("a\"b\\c\nd\re\tf")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\"");
    }

    @Test
    void otherControlCharactersAreUnicodeEscapes() {
        assertThat(Json.quote("\u0000\u0007\u001f")).isEqualTo("\"\\u0000\\u0007\\u001f\"");
    }

    @Test
    void aLessThanSignIsEscapedSoTheStringCannotCloseAScriptElement() {
        assertThat(Json.quote("</script><!--")).isEqualTo("\"\\u003c/script>\\u003c!--\"");
    }

    @Test
    void lineAndParagraphSeparatorsAreEscapedForOlderJavaScript() {
        assertThat(Json.quote("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
    }
}
