package quod.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import quod.diagnostics.Diagnostic;
import quod.html.FormulaSpans;
import quod.diagnostics.SourceText;
import quod.page.SiteLinks;
import quod.page.SourceLink;

/**
 * Checks the written site as a reader would follow it: every relative link and asset reference must
 * resolve to a file of the site, every {@code #fragment} to an id in its page, no link may start with
 * {@code /} (it would break under a GitHub Pages project prefix), and images need alt text. Problems
 * are warnings (errors under {@code --strict}), placed at the link in the Markdown when it is there, and
 * name the link as the author wrote it: the build rewrites Markdown links from the Markdown file's folder to
 * the page's ({@link quod.page.SiteLinks}), so the HTML may hold another form.
 */
final class LinkChecker {
    /**
     * A page's Markdown and the link targets its parser found in it, with their positions.
     *
     * @param path the Markdown file's path in the content folder ({@code notes/deep.md})
     */
    record Source(SourceText text, String path, List<Link> links) {
        Source {
            links = List.copyOf(links);
        }

        /**
         * The page's links as its parser found them, each beside its form in the HTML: a Markdown link as
         * {@code rewrite} makes it from what Flexmark read, raw HTML as written.
         */
        static Source of(SourceText text, String path, List<SourceLink> links, UnaryOperator<String> rewrite) {
            return new Source(text, path, links.stream()
                    .map(l -> new Link(l, l.markdown() ? rewrite.apply(l.target()) : l.url()))
                    .toList());
        }
    }

    /** A link as written in the Markdown, and as the page's HTML holds it. */
    record Link(SourceLink written, String inHtml) { }

    /**
     * What the checker needs of an HTML file, read from it once: its links and sources in document order, the
     * sources of its images without alt text, and the ids and anchor names a fragment may point to.
     */
    record Facts(List<String> urls, List<String> imagesWithoutAlt, Set<String> anchors) {
        static Facts of(String html) {
            Document doc = Jsoup.parse(FormulaSpans.elide(html).skeleton());  // no link or id inside a formula
            List<String> urls = new ArrayList<>();
            for (Element e : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
                urls.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
            }
            List<String> noAlt = new ArrayList<>();
            for (Element img : doc.select("img")) {
                if (img.attr("alt").isBlank() && !"presentation".equals(img.attr("role"))) {
                    noAlt.add(img.attr("src"));
                }
            }
            Set<String> anchors = new HashSet<>();
            doc.select("[id]").forEach(e -> anchors.add(e.id()));
            doc.select("a[name]").forEach(e -> anchors.add(e.attr("name")));
            anchors.remove("");  // no element has an empty id
            return new Facts(List.copyOf(urls), List.copyOf(noAlt), Set.copyOf(anchors));
        }
    }

    private final Set<String> html;
    private final Function<String, Facts> facts;
    private final Map<String, Facts> read = new HashMap<>();
    private final Predicate<String> fileExists;
    private final Set<String> drafts;

    /**
     * @param html       every HTML file of the site, by path relative to the site root
     * @param fileExists whether a (non-HTML) file exists in the site, by relative path
     * @param drafts     the Markdown files left out as drafts, by path in the content folder (= from the site root)
     */
    LinkChecker(Map<String, String> html, Predicate<String> fileExists, Collection<String> drafts) {
        this(html.keySet(), path -> Facts.of(html.get(path)), fileExists, drafts);
    }

    /**
     * From what each HTML file holds rather than its text: {@code facts} gives them for a path of {@code html},
     * asked at most once a file, and only for a file a link points into or that is checked.
     */
    LinkChecker(Set<String> html, Function<String, Facts> facts, Predicate<String> fileExists, Collection<String> drafts) {
        this.html = Set.copyOf(html);
        this.facts = facts;
        this.fileExists = fileExists;
        this.drafts = Set.copyOf(drafts);
    }

    /** Checks every page; {@code sources} maps a page's HTML path to its Markdown, where it has one. */
    List<Diagnostic> check(Map<String, Source> sources, String templatesName) {
        List<Diagnostic> out = new ArrayList<>();
        for (String path : html.stream().sorted().toList()) {
            if (path.equals("404.html") || path.equals(PrintDocument.PATH) || path.endsWith("/" + PrintDocument.PATH)) {
                // 404 is served at any depth, so its links are root-relative by design; the print page
                // is made from the pages checked here and would only repeat their warnings
                continue;
            }
            Facts page = page(path);
            Source source = sources.get(path);
            for (String url : page.urls()) {
                SourceLink written = locate(source, url);
                String problem = problem(path, url, written, source);
                if (problem != null) {
                    out.add(at(source, written, templatesName, path, problem));
                }
            }
            for (String image : page.imagesWithoutAlt()) {
                SourceLink written = locate(source, image);
                String src = written != null ? written.url() : image;
                out.add(at(source, written, templatesName, path,
                        "image '" + src + "' has no alt text: write ![what it shows](" + src + ")"));
            }
        }
        return out;
    }

    /**
     * What is wrong with the link {@code url} on the page at {@code from}, or null. The message names the link as
     * {@code written} in the Markdown when it was found there.
     */
    private String problem(String from, String url, SourceLink written, Source source) {
        if (url.isEmpty() || RelativeUrl.isExternal(url)) {
            return null; // external (http:, mailto:, data:, ...): not ours to check
        }
        String shown = written != null ? written.url() : url;
        if (url.startsWith("/")) {
            return "link '" + shown + "' starts with '/': it breaks when the site is served under a prefix "
                    + "(GitHub Pages project sites) or opened from disk; use a relative link";
        }
        RelativeUrl.Resolution resolution = RelativeUrl.resolve(from, url);
        if (resolution instanceof RelativeUrl.Malformed) {
            return "malformed percent-encoding in link '" + shown + "': a '%' must be followed by two hex digits "
                    + "(write %25 for a '%' itself)";
        }
        if (!(resolution instanceof RelativeUrl.Target resolved)) {
            return "link '" + shown + "' points outside the site"
                    + (written != null && written.markdown() ? relativeToMarkdown(from, written, source.path()) : "");
        }
        String target = resolved.path();
        String fragment = resolved.fragment() == null ? "" : resolved.fragment();
        if (target.isEmpty() || target.endsWith("/") || !target.contains(".") && html.contains(target + "/index.html")) {
            target = (target.isEmpty() || target.endsWith("/") ? target : target + "/") + "index.html";
        }
        if (html.contains(target)) {
            if (!fragment.isEmpty() && !page(target).anchors().contains(fragment)) {
                return "link '" + shown + "': no element with id '" + resolved.rawFragment() + "' in " + target;
            }
            return null;
        }
        if (fileExists.test(target)) {
            return null;
        }
        if (drafts.contains(target)) {
            return "link '" + shown + "' points to " + target + ", a draft ('draft: true'), which is not published";
        }
        if (target.endsWith(".md")) {
            return "link '" + shown + "' points to " + target + ", which is not a page of the site (there is no such "
                    + "Markdown file in the content folder)";
        }
        return "link '" + shown + "' points to " + target + ", which the site does not have" + (written != null
                && !written.markdown() ? " (raw HTML is published as written: its links are read from " + from
                + ", not from the Markdown file's folder)" : "");
    }

    /**
     * Why a Markdown link leads out of the site; and when it was written from the page's folder, as links were
     * before they were read from the Markdown file's, how to write it now.
     */
    private String relativeToMarkdown(String from, SourceLink written, String markdownPath) {
        String why = "; a link in Markdown is relative to the Markdown file's folder, whose top is the content folder";
        if (RelativeUrl.resolve(from, written.target()) instanceof RelativeUrl.Target old && exists(old.path())) {
            String rest = (old.rawQuery() != null ? "?" + old.rawQuery() : "")
                    + (old.rawFragment() != null ? "#" + old.rawFragment() : "");
            return why + ": write '" + SiteLinks.relative(SiteLinks.folderOf(markdownPath), old.rawPath()) + rest + "'";
        }
        return why;
    }

    /** Whether the site has a file or a folder's index page at a path from its root. */
    private boolean exists(String path) {
        return html.contains(path) || (path.isEmpty() || path.endsWith("/")) && html.contains(path + "index.html")
                || !path.isEmpty() && fileExists.test(path);
    }

    /** Pages are read when first needed: the large print page only if something links into it. */
    private Facts page(String path) {
        return read.computeIfAbsent(path, facts);
    }

    /**
     * The link of the Markdown that became {@code url} in the HTML: the first whose HTML form reads the same once
     * HTML entities and percent-escapes are decoded (the HTML has {@code &}, raw HTML in the Markdown may have
     * {@code &amp;}); null when the page's template made the link, or the page has no Markdown.
     */
    private static SourceLink locate(Source source, String url) {
        if (source == null || url.isEmpty()) {
            return null;
        }
        String wanted = decoded(url);
        for (Link link : source.links()) {
            if (link.inHtml().equals(url) || decoded(link.inHtml()).equals(wanted)) {
                return link.written();
            }
        }
        return null;
    }

    private static String decoded(String url) {
        String text = Parser.unescapeEntities(url, true);
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // malformed escapes: compared as written
        }
    }

    private static Diagnostic at(Source source, SourceLink written, String templatesName, String page, String message) {
        if (source != null) {
            SourceText text = source.text();
            if (written != null) {
                int at = written.offset();
                int line = text.lineOf(at);
                return Diagnostic.warning(text.name(), line, text.columnOf(at), message, text.line(line));
            }
            return Diagnostic.warning(text.name(), 0, 0, message + " (in the page's template)", null);
        }
        return Diagnostic.warning(templatesName, 0, 0, message + " (in " + page + ")", null);
    }
}
