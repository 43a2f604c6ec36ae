package quod.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import quod.html.FormulaSpans;
import quod.html.Html;
import quod.page.Heading;
import quod.page.PageLinks;
import quod.render.PrintForm;
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
 * <li>every {@code <details>} gets {@code open}, since print CSS cannot open one;</li>
 * <li>a scroll box's name ({@code aria-label}, "Equation (1)", "Table 2"), unique on its page, gets the page's
 *     title, so that it stays unique among all pages' boxes: a screen reader lists these landmarks by name.</li>
 * </ul>
 * The page is parsed with jsoup, which reads attributes however they are quoted ({@code id='x'}, {@code id=x})
 * and knows that a comment, a {@code <script>} or a {@code <textarea>} holds no markup. The changed attributes are then written back
 * into the page's own HTML at the places jsoup recorded, rather than serialising jsoup's tree: that would
 * also close elements the page leaves open, write {@code <br />} as {@code <br>} and re-encode entities,
 * changing bytes no reader sees.
 */
final class PrintDocument implements PrintForm {
    /** Where the print page is written, relative to the site root. */
    static final String PATH = "print/index.html";
    private static final String FOLDER = "print";

    private static final List<String> REFERENCES = List.of("aria-labelledby", "aria-describedby", "for");

    private final Set<String> slugs;
    private final String folder;
    private final Kept kept;

    private PrintDocument(Set<String> slugs, String folder, Kept kept) {
        this.slugs = slugs;
        this.folder = folder;
        this.kept = kept;
    }

    /** The print form of the pages (home first, when there is one) on the site's print page. */
    static PrintDocument of(PageEntry home, List<PageEntry> pages) {
        return of(home, pages, Kept.NONE);
    }

    /** As {@link #of(PageEntry, List)}, with each page's rewrite kept while it and the site's pages are the same. */
    static PrintDocument of(PageEntry home, List<PageEntry> pages, Kept kept) {
        return of(home, pages, FOLDER, kept);
    }

    /**
     * The print form of the pages on the print page in {@code folder} ({@code print}, or a section's
     * {@code hw7/print}): links to pages it holds lead within it, others to their pages in the site.
     */
    static PrintDocument of(PageEntry home, List<PageEntry> pages, String folder, Kept kept) {
        Set<String> slugs = new HashSet<>();
        if (home != null) {
            slugs.add(home.slug());
        }
        pages.forEach(p -> slugs.add(p.slug()));
        return new PrintDocument(Set.copyOf(slugs), folder, kept);
    }

    /** The print page of a section: {@code hw7/print/index.html}. */
    static String pathOf(String section) {
        return section + "/" + PATH;
    }

    @Override
    public List<Heading> headings(PageEntry page) {
        return page.headings().stream()
                .map(h -> new Heading(h.level(), idOf(page.slug(), h.id()), h.text(), h.problem()))
                .toList();
    }

    @Override
    public String html(PageEntry page) {
        return kept.keep("print:" + folder + ":" + page.slug(), List.of(slugs, page),
                () -> rewriteHtml(page.slug(), page.title(), page.html()));
    }

    /** The id of a page's article on the print page. */
    static String articleId(String slug) {
        return PageLinks.printAnchor(slug);
    }

    /** The id an element with {@code id} on page {@code slug} has on the print page. */
    static String idOf(String slug, String id) {
        return PageLinks.printKey(slug) + "--" + id;
    }

    String rewriteHtml(String slug, String title, String page) {
        // nothing of a formula is rewritten: parse the page without them (a tenth of a math-heavy page)
        FormulaSpans.Elided elided = FormulaSpans.elide(page);
        String html = elided.skeleton();
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        List<Edit> edits = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            Range tag = e.sourceRange();
            if (!tag.isTracked() || tag.isImplicit()) {
                continue;  // <html>, <body> and the like, which the parser added around the fragment
            }
            for (Attribute a : e.attributes()) {
                String rewritten = a.getKey().equals("aria-label") && e.hasClass("scroll-box")
                        ? a.getValue() + ", " + title : rewritten(slug, a);
                Edit edit = rewritten == null || rewritten.equals(a.getValue()) ? null : replace(html, a, rewritten);
                if (edit != null) {
                    edits.add(edit);
                }
            }
            if (e.nameIs("details") && !e.hasAttr("open")) {
                int at = tag.startPos() + "<details".length();
                edits.add(new Edit(at, at, " open"));
            }
        }
        edits.sort(Comparator.comparingInt(Edit::from));
        StringBuilder out = new StringBuilder(html.length() + html.length() / 16);
        int done = 0;
        for (Edit edit : edits) {
            out.append(html, done, edit.from()).append(edit.text());
            done = edit.to();
        }
        return elided.restore(out.append(html, done, html.length()).toString());
    }

    /** {@code text} in place of {@code html[from, to)}. */
    private record Edit(int from, int to, String text) {
    }

    /** The attribute's new value on the print page, or null when it is not one that is rewritten. */
    private String rewritten(String slug, Attribute a) {
        String value = a.getValue();
        if (a.getKey().equals("id")) {
            return idOf(slug, value);
        }
        if (a.getKey().equals("href") || a.getKey().equals("src")) {
            return link(slug, value);
        }
        if (REFERENCES.contains(a.getKey())) {
            return List.of(value.trim().split("\\s+")).stream()
                    .map(ref -> ref.isEmpty() ? ref : idOf(slug, ref))
                    .collect(Collectors.joining(" "));
        }
        return null;
    }

    /**
     * The whole attribute, however it was quoted, written again as {@code name="value"}; null when it has
     * no value to replace ({@code <span id>}). jsoup records where the name is; the value's end is found by
     * the HTML tokenizer's own rule (a quoted value ends at its quote, an unquoted one at a space or {@code >}),
     * since jsoup records no range for an empty value.
     */
    private static Edit replace(String html, Attribute a, String value) {
        Range name = a.sourceRange().nameRange();
        int at = skipSpace(html, name.endPos());
        if (at >= html.length() || html.charAt(at) != '=') {
            return null;
        }
        at = skipSpace(html, at + 1);
        int end;
        if (at < html.length() && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
            int close = html.indexOf(html.charAt(at), at + 1);
            end = close < 0 ? html.length() : close + 1;
        } else {
            end = at;
            while (end < html.length() && !isSpace(html.charAt(end)) && html.charAt(end) != '>') {
                end++;
            }
        }
        String written = html.substring(name.startPos(), name.endPos());  // as written: ID stays ID
        return new Edit(name.startPos(), end, written + "=\"" + Html.escape(value) + "\"");
    }

    private static int skipSpace(String html, int at) {
        while (at < html.length() && isSpace(html.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The HTML tokenizer's whitespace: tab, line feed, form feed, carriage return, space. */
    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    /** Where a link written on page {@code slug} points from the print page. */
    private String link(String slug, String url) {
        if (url.startsWith("#")) {
            return url.length() == 1 ? url : "#" + idOf(slug, url.substring(1));
        }
        if (url.isEmpty() || url.startsWith("/") || RelativeUrl.isExternal(url)) {
            return url;
        }
        if (!(RelativeUrl.resolve(PageLinks.fromRoot(slug), url) instanceof RelativeUrl.Target target)) {
            return url;  // malformed, or above the site root: the link checker reports it on the page itself
        }
        String page = slugOf(target.rawPath());
        if (page != null && slugs.contains(page) && target.rawQuery() == null) {
            return "#" + (target.rawFragment() == null || target.rawFragment().isEmpty()
                    ? articleId(page) : idOf(page, target.rawFragment()));
        }
        return PageLinks.rootFrom(folder) + target.rawPath() + (target.rawQuery() != null ? "?" + target.rawQuery() : "")
                + (target.rawFragment() != null ? "#" + target.rawFragment() : "");
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
