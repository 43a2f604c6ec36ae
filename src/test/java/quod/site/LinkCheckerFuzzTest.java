package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;
import quod.FuzzChecks;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * Fuzzes the link checker on a generated site. The input is a small site: lines {@code @@ path} start a
 * file, the lines up to the next such line are its content; text before the first is {@code index.html}.
 * Paths are made relative and plain, as the output tree has them.
 * Paths ending in {@code .html} are pages (each also its own "Markdown source", so warnings are placed
 * in it), others are assets. Replays {@code LinkCheckerFuzzTestInputs/} in every {@code mvn verify};
 * {@code bench/fuzz.sh LinkCheckerFuzzTest 600} fuzzes it.
 */
class LinkCheckerFuzzTest {
    /** A link the checker must accept from a page at the root: the plain path of a page of the site. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.html");

    /**
     * Checking any site neither throws nor hangs, every warning points into the page it names, a plain
     * link from a root page to a page the site has is never reported, and only a '%' can be malformed
     * percent-encoding.
     */
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DictionaryEntries({"@@ ", ".html", "index.html", "a/b.html", "img.png", "<a href=\"<img src=\"<link href=\"<script src=\"<a name=\" id=\"\">", "</a>", "#", "../", "./", "/", "?q=1",
        "%20", "%2F", "+", "mailto:", "https://", "//", " alt=\"", " role=\"presentation\""})
    void links(byte[] input) {
        Map<String, String> files = files(FuzzChecks.text(input));
        Map<String, String> html = new LinkedHashMap<>();
        Set<String> assets = new TreeSet<>();
        Map<String, LinkChecker.Source> sources = new LinkedHashMap<>();
        files.forEach((path, content) -> {
            if (path.endsWith(".html")) {
                html.put(path, content);
                sources.put(path, LinkCheckerTest.source(path.replace(".html", ".md"), content));
            } else {
                assets.add(path);
            }
        });
        List<Diagnostic> warnings = new LinkChecker(html, assets::contains, Set.of()).check(sources, "templates");

        for (LinkChecker.Source source : sources.values()) {
            FuzzChecks.positionsInside(warnings, source.text());
        }
        if (!FuzzChecks.text(input).contains("%")) {
            assertThat(warnings).as("a site without '%%' has no malformed percent-encoding")
                    .noneMatch(w -> w.message().contains("percent-encoding"));
        }
        for (var page : html.entrySet()) {
            if (page.getKey().contains("/") || page.getKey().equals("404.html")) {
                continue;
            }
            String file = sources.get(page.getKey()).text().name();
            for (Element a : Jsoup.parse(page.getValue()).select("a[href]")) {
                String href = a.attr("href");
                if (PLAIN_PATH.matcher(href).matches() && html.containsKey(href)) {
                    assertThat(warnings).as("warnings about %s, a page of the site, from %s", href, page.getKey())
                            .noneMatch(w -> w.file().equals(file) && aboutLink(w, href));
                }
            }
        }
    }

    /** Whether a warning is about the link {@code href} itself (not one that only starts like it). */
    private static boolean aboutLink(Diagnostic warning, String href) {
        String quoted = "link '" + href + "'";
        return warning.message().startsWith(quoted + " ") || warning.message().startsWith(quoted + ":");
    }

    /**
     * A path as a site has them: relative to the root, without empty, "." or ".." segments (the output
     * tree never writes such a path; "/a.html" is not a page but a link).
     */
    private static String sitePath(String written) {
        List<String> segments = new java.util.ArrayList<>();
        for (String segment : written.strip().split("/")) {
            if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
                segments.add(segment);
            }
        }
        return segments.isEmpty() ? "index.html" : String.join("/", segments);
    }

    /** The files of the site the input describes, by path, in input order (a repeated path: last wins). */
    private static Map<String, String> files(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        String path = "index.html";
        StringBuilder content = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("@@ ")) {
                files.put(path, content.toString());
                path = sitePath(line.substring(3));
                content.setLength(0);
            } else {
                content.append(line).append('\n');
            }
        }
        files.put(path, content.toString());
        return files;
    }
}
