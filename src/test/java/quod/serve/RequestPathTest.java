package quod.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a request's path becomes names of files, and the pages' script tag is added. */
class RequestPathTest {

    @Test
    void percentEscapesAreDecodedOnceAsUtf8() {
        RequestPath p = RequestPath.parse("/notes/caf%C3%A9%20menu.html").orElseThrow();
        assertThat(p.segments()).containsExactly("notes", "café menu.html");
        assertThat(p.folder()).isFalse();
        // decoded once: '%252e%252e' names a file called '%2e%2e', not the parent folder
        assertThat(RequestPath.parse("/%252e%252e/x").orElseThrow().segments()).containsExactly("%2e%2e", "x");
    }

    @Test
    void theRootAndFoldersEndWithASlash() {
        assertThat(RequestPath.parse("/").orElseThrow()).isEqualTo(new RequestPath(List.of(), true));
        assertThat(RequestPath.parse("/a/b/").orElseThrow()).isEqualTo(new RequestPath(List.of("a", "b"), true));
        assertThat(RequestPath.parse("/a/b").orElseThrow().relative()).isEqualTo("a/b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "relative", "/..", "/a/../b", "/a/%2E%2E/b", "/%2e", "/a%2f..%2fb", "/a%5cb", "/a\\b",
            "/%00", "/a%0Ab", "/%zz", "/%4", "/%", "/%C3", "/%FF%FE", "/%C0%AE%C0%AE", "/a//b", "/\u00e9"})
    void pathsNoSiteCanHaveAreRefused(String raw) {
        assertThat(RequestPath.parse(raw)).as(raw).isEmpty();
    }

    @Test
    void theScriptGoesBeforeTheLastClosingBodyTagInAnyCase() {
        String page = "<html><body><p>&lt;/body&gt; in text</p></BODY></html>";
        String out = new String(ReloadScript.inject(page.getBytes(StandardCharsets.UTF_8), 7, "a/index.html"), StandardCharsets.UTF_8);
        assertThat(out).isEqualTo("<html><body><p>&lt;/body&gt; in text</p><script src=\"/__quod/reload.js\" "
                + "data-build=\"7\" data-file=\"a/index.html\"></script></BODY></html>");
        assertThat(new String(ReloadScript.inject("<p>fragment".getBytes(StandardCharsets.UTF_8), 1, null), StandardCharsets.UTF_8))
                .isEqualTo("<p>fragment<script src=\"/__quod/reload.js\" data-build=\"1\"></script>");
    }

    @Test
    void theFileNamedInTheTagIsEscapedAsAnAttributeValue() {
        String out = new String(ReloadScript.inject("<body></body>".getBytes(StandardCharsets.UTF_8), 3,
                "a&b/\"q\"<x>/index.html"), StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(out).selectFirst("script").attr("data-file")).isEqualTo("a&b/\"q\"<x>/index.html");
        assertThat(out).contains("data-file=\"a&amp;b/&quot;q&quot;&lt;x&gt;/index.html\"");
    }

    @Test
    void aPageInAnotherEncodingKeepsEveryByteButTheTag() {
        byte[] latin1 = "<body>caf\u00e9</body>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = ReloadScript.inject(latin1, 2, null);
        String tag = "<script src=\"/__quod/reload.js\" data-build=\"2\"></script>";
        assertThat(out).isEqualTo(("<body>caf\u00e9" + tag + "</body>").getBytes(StandardCharsets.ISO_8859_1));
    }
}
