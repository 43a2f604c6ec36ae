package quod.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import quod.page.Heading;
import quod.page.PageLinks;
import quod.render.SiteModel.PageEntry;

/**
 * Joins every page into the one document of {@code print/index.html}. Pages were written to stand
 * alone, so their HTML is rewritten to live side by side in {@code print/}:
 * <ul>
 * <li>every id is prefixed with its page's {@link PageLinks#printKey} ({@code setup} on page {@code 01-rnn}
 *     becomes {@code 01-rnn--setup}; the home page's prefix is {@code index}), and so are {@code #x} links and
 *     {@code aria-labelledby}/{@code aria-describedby}/{@code for} references, so two pages' ids
 *     cannot clash;</li>
 * <li>a relative link to another page becomes a link into that page's article ({@code #page-SLUG}, or
 *     the prefixed id when it has a fragment); any other relative link or source is rebased from the
 *     page's folder to {@code print/};</li>
 * <li>every {@code <details>} gets {@code open}, since print CSS cannot open one.</li>
 * </ul>
 * Attributes are found in the HTML that Flexmark and KaTeX write, which always quote with {@code "};
 * single-quoted attributes in raw HTML are left as they are.
 */
final class PrintDocument {
    /** Where the print page is written, relative to the site root. */
    static final String PATH = "print/index.html";

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(\\s)(id|href|src|aria-labelledby|aria-describedby|for)=\"([^\"]*)\"");
    private static final Pattern DETAILS = Pattern.compile("^<details(?=[\\s>])");
    private static final Pattern OPEN = Pattern.compile("\\sopen(?=[\\s=>/])");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Set<String> slugs;

    private PrintDocument(Set<String> slugs) {
        this.slugs = slugs;
    }

    /** The pages (home first, when there is one) with their HTML rewritten for the print page. */
    static List<PageEntry> of(PageEntry home, List<PageEntry> pages) {
        List<PageEntry> all = new ArrayList<>();
        if (home != null) {
            all.add(home);
        }
        all.addAll(pages);
        PrintDocument doc = new PrintDocument(all.stream().map(PageEntry::slug).collect(Collectors.toSet()));
        return all.stream().map(doc::rewrite).toList();
    }

    /** The id of a page's article on the print page. */
    static String articleId(String slug) {
        return PageLinks.printAnchor(slug);
    }

    /** The id an element with {@code id} on page {@code slug} has on the print page. */
    static String idOf(String slug, String id) {
        return PageLinks.printKey(slug) + "--" + id;
    }

    private PageEntry rewrite(PageEntry page) {
        List<Heading> headings = page.headings().stream()
                .map(h -> new Heading(h.level(), idOf(page.slug(), h.id()), h.text(), h.problem()))
                .toList();
        return new PageEntry(page.slug(), page.title(), page.summary(), rewriteHtml(page.slug(), page.html()), headings);
    }

    String rewriteHtml(String slug, String html) {
        Matcher tags = TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + html.length() / 16);
        while (tags.find()) {
            tags.appendReplacement(out, Matcher.quoteReplacement(rewriteTag(slug, tags.group())));
        }
        tags.appendTail(out);
        return out.toString();
    }

    private String rewriteTag(String slug, String tag) {
        Matcher attributes = ATTRIBUTE.matcher(tag);
        StringBuilder out = new StringBuilder(tag.length() + 16);
        while (attributes.find()) {
            String name = attributes.group(2);
            String value = attributes.group(3);
            String rewritten = switch (name) {
                case "id" -> idOf(slug, value);
                case "href", "src" -> link(slug, value);
                default -> List.of(value.trim().split("\\s+")).stream()
                        .map(ref -> ref.isEmpty() ? ref : idOf(slug, ref))
                        .collect(Collectors.joining(" "));
            };
            attributes.appendReplacement(out, Matcher.quoteReplacement(
                    attributes.group(1) + name + "=\"" + rewritten + "\""));
        }
        attributes.appendTail(out);
        String result = out.toString();
        if (DETAILS.matcher(result).find() && !OPEN.matcher(result).find()) {
            result = "<details open" + result.substring("<details".length());
        }
        return result;
    }

    /** Where a link written on page {@code slug} points from the print page. */
    private String link(String slug, String url) {
        if (url.startsWith("#")) {
            return url.length() == 1 ? url : "#" + idOf(slug, url.substring(1));
        }
        if (url.isEmpty() || url.startsWith("/") || SCHEME.matcher(url).find()) {
            return url;
        }
        URI resolved;
        try {
            resolved = new URI("http", "site", "/" + PageLinks.fromRoot(slug), null).resolve(new URI(url));
        } catch (URISyntaxException e) {
            return url;  // not a URL we can reason about; the browser will make of it what it can
        }
        String path = resolved.getRawPath().substring(1);
        String fragment = resolved.getRawFragment();
        String target = slugOf(path);
        if (target != null && slugs.contains(target) && resolved.getRawQuery() == null) {
            return "#" + (fragment == null || fragment.isEmpty() ? articleId(target) : idOf(target, fragment));
        }
        return "../" + path + (resolved.getRawQuery() != null ? "?" + resolved.getRawQuery() : "")
                + (fragment != null ? "#" + fragment : "");
    }

    /** The slug of the page at {@code path} ({@code a/b/index.html} or {@code a/b/}), or null. */
    private static String slugOf(String path) {
        if (path.isEmpty() || path.equals("index.html")) {
            return "";
        }
        if (path.endsWith("/index.html")) {
            return path.substring(0, path.length() - "/index.html".length());
        }
        if (path.endsWith("/")) {
            return path.substring(0, path.length() - 1);
        }
        return null;
    }
}
