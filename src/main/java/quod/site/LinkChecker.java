package quod.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;
import quod.page.SourceLink;

/**
 * Checks the written site as a reader would follow it: every relative link and asset reference must
 * resolve to a file of the site, every {@code #fragment} to an id in its page, no link may start with
 * {@code /} (it would break under a GitHub Pages project prefix), and images need alt text. Problems
 * are warnings (errors under {@code --strict}), placed at the link in the Markdown when it is there.
 */
final class LinkChecker {
    /** A page's Markdown and the link targets its parser found in it, with their positions. */
    record Source(SourceText text, List<SourceLink> links) {
        Source {
            links = List.copyOf(links);
        }
    }

    private final Map<String, String> html;
    private final Map<String, Document> parsed = new HashMap<>();
    private final Predicate<String> fileExists;

    /**
     * @param html       every HTML file of the site, by path relative to the site root
     * @param fileExists whether a (non-HTML) file exists in the site, by relative path
     */
    LinkChecker(Map<String, String> html, Predicate<String> fileExists) {
        this.html = html;
        this.fileExists = fileExists;
    }

    /** Checks every page; {@code sources} maps a page's HTML path to its Markdown, where it has one. */
    List<Diagnostic> check(Map<String, Source> sources, String templatesName) {
        List<Diagnostic> out = new ArrayList<>();
        for (String path : html.keySet().stream().sorted().toList()) {
            if (path.equals("404.html") || path.startsWith("print/")) {
                // 404 is served at any depth, so its links are root-relative by design; the print page
                // is made from the pages checked here and would only repeat their warnings
                continue;
            }
            Document doc = page(path);
            Source source = sources.get(path);
            for (Element e : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String problem = problem(path, url);
                if (problem != null) {
                    out.add(at(source, templatesName, path, url, problem));
                }
            }
            for (Element img : doc.select("img")) {
                if (img.attr("alt").isBlank() && !"presentation".equals(img.attr("role"))) {
                    out.add(at(source, templatesName, path, img.attr("src"),
                            "image '" + img.attr("src") + "' has no alt text: write ![what it shows](" + img.attr("src") + ")"));
                }
            }
        }
        return out;
    }

    private String problem(String from, String url) {
        if (url.isEmpty() || RelativeUrl.isExternal(url)) {
            return null; // external (http:, mailto:, data:, ...): not ours to check
        }
        if (url.startsWith("/")) {
            return "link '" + url + "' starts with '/': it breaks when the site is served under a prefix "
                    + "(GitHub Pages project sites) or opened from disk; use a relative link";
        }
        RelativeUrl.Resolution resolution = RelativeUrl.resolve(from, url);
        if (resolution instanceof RelativeUrl.Malformed) {
            return "malformed percent-encoding in link '" + url + "': a '%' must be followed by two hex digits "
                    + "(write %25 for a '%' itself)";
        }
        if (!(resolution instanceof RelativeUrl.Target resolved)) {
            return "link '" + url + "' points outside the site";
        }
        String target = resolved.path();
        String fragment = resolved.fragment() == null ? "" : resolved.fragment();
        if (target.isEmpty() || target.endsWith("/") || !target.contains(".") && html.containsKey(target + "/index.html")) {
            target = (target.isEmpty() || target.endsWith("/") ? target : target + "/") + "index.html";
        }
        if (html.containsKey(target)) {
            if (!fragment.isEmpty() && !hasAnchor(page(target), fragment)) {
                return "link '" + url + "': no element with id '" + resolved.rawFragment() + "' in " + target;
            }
            return null;
        }
        if (!fileExists.test(target)) {
            return "link '" + url + "' points to " + target + ", which the site does not have";
        }
        return null;
    }

    /** Pages are parsed when first needed: the large print page only if something links into it. */
    private Document page(String path) {
        return parsed.computeIfAbsent(path, p -> Jsoup.parse(html.get(p)));
    }

    private static boolean hasAnchor(Document doc, String id) {
        // jsoup refuses an empty id with an exception; no element has one
        return !id.isEmpty() && (doc.getElementById(id) != null || !doc.select("a[name=" + cssQuote(id) + "]").isEmpty());
    }

    private static String cssQuote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Where the parser found a link to {@code url} in the Markdown: the first link whose target reads the
     * same once HTML entities and percent-escapes are decoded (the HTML has {@code &}, the Markdown may
     * have {@code &amp;}); -1 when the page's template made the link.
     */
    private static int locate(Source source, String url) {
        if (url.isEmpty()) {
            return -1;
        }
        String wanted = decoded(url);
        for (SourceLink link : source.links()) {
            if (link.url().equals(url) || decoded(link.url()).equals(wanted)) {
                return link.offset();
            }
        }
        return -1;
    }

    private static String decoded(String url) {
        String text = Parser.unescapeEntities(url, true);
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // malformed escapes: compared as written
        }
    }

    private static Diagnostic at(Source source, String templatesName, String page, String url, String message) {
        if (source != null) {
            SourceText text = source.text();
            int at = locate(source, url);
            if (at >= 0) {
                int line = text.lineOf(at);
                return Diagnostic.warning(text.name(), line, text.columnOf(at), message, text.line(line));
            }
            return Diagnostic.warning(text.name(), 0, 0, message + " (in the page's template)", null);
        }
        return Diagnostic.warning(templatesName, 0, 0, message + " (in " + page + ")", null);
    }
}
