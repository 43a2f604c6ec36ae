package quod.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import quod.html.FormulaSpans;
import quod.html.Html;

/**
 * Splits a page's rendered HTML into its search documents: the opening part under the page's title, then one
 * per {@code h2} and {@code h3}. It reads the HTML the page shows, so what an edition leaves out of the page
 * (solutions not released, staff-only parts) is never indexed. Formulas are indexed by their TeX, taken from
 * KaTeX's annotation; the MathML beside it, which repeats the formula letter by letter, is neither indexed
 * nor shown.
 */
final class PageSections {
    /** How many characters of prose a snippet shows, about two lines of a result. */
    static final int SNIPPET_CHARS = 160;
    /** At most this many formulas in a snippet: each is a few hundred bytes of KaTeX's HTML in the index. */
    static final int SNIPPET_FORMULAS = 3;
    /**
     * At most this many bytes of formulas' HTML in a snippet: on a page whose paragraphs open with formulas the
     * snippets were 28 of an index's 33 MB (1,000 generated pages); a reader's browser loads all of it.
     */
    static final int SNIPPET_FORMULA_BYTES = 4000;

    /** KaTeX's layout commands and environments: not what anyone searches for, and in most formulas. */
    private static final Pattern LAYOUT = Pattern.compile("\\\\(?:begin|end)\\{[^}]*}|\\\\(?:left|right|[bB]igg?[lr]?"
            + "|frac|dfrac|tfrac|mathrm|mathbf|mathit|mathsf|mathtt|text|textbf|textit|textrm|operatorname|displaystyle"
            + "|textstyle|quad|qquad|hline|cdots|ldots|vdots|ddots|dots|limits|nolimits)(?![A-Za-z])");

    /** The attribute of a formula's place ({@link FormulaSpans}), and the two the place is given here. */
    private static final String PLACEHOLDER = "data-quod-formula";
    private static final String TEX = "data-quod-tex";
    private static final String HTML = "data-quod-html";

    private PageSections() {
    }

    /** The formula a place stands for, parsed: for a snippet, which shows it. */
    static Element formula(Element e) {
        return e.hasAttr(PLACEHOLDER) ? Jsoup.parseBodyFragment(e.attr(HTML)).body().child(0) : e;
    }

    /** The TeX in KaTeX's annotation of a formula's HTML, "" when it has none. */
    private static String annotation(String formula) {
        String open = "<annotation encoding=\"application/x-tex\">";
        int from = formula.indexOf(open);
        int to = from < 0 ? -1 : formula.indexOf("</annotation>", from);
        return to < 0 ? "" : Parser.unescapeEntities(formula.substring(from + open.length(), to), false);
    }

    /** The sections of page number {@code page}, titled {@code title}, from its HTML; the first is its opening. */
    static List<SearchSection> of(int page, String title, String html) {
        // formulas are nine tenths of a math-heavy page: parse the page without them, and give each formula's
        // place its TeX (what is indexed) and its HTML (parsed only for the few a snippet shows)
        FormulaSpans.Elided elided = FormulaSpans.elide(html);
        Document doc = Jsoup.parseBodyFragment(elided.skeleton());
        doc.outputSettings().prettyPrint(false);
        for (Element placeholder : doc.select("span[" + PLACEHOLDER + "]")) {
            String formula = elided.formulas().get(Integer.parseInt(placeholder.attr(PLACEHOLDER)));
            placeholder.attr(TEX, annotation(formula)).attr(HTML, formula);
        }
        Splitter splitter = new Splitter(page, title);
        NodeTraversor.filter(splitter, doc.body());
        return splitter.finish();
    }

    /** Walks the page in document order, starting a section at each heading. */
    private static final class Splitter implements NodeFilter {
        private final int page;
        private final List<SearchSection> done = new ArrayList<>();
        private String anchor = "";
        private String heading;
        private String headingHtml;
        private final StringBuilder text = new StringBuilder();
        private final List<Element> paragraphs = new ArrayList<>();

        Splitter(int page, String title) {
            this.page = page;
            this.heading = title;
            this.headingHtml = Html.escape(title);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.text());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;  // comments, doctype: nothing a reader sees
            }
            if (notShown(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tex = texOf(e);
            if (tex != null) {
                text.append(' ').append(texWords(tex)).append(' ');
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.nameIs("h2") || e.nameIs("h3")) {
                close();
                anchor = anchorOf(e);
                heading = plainText(e);
                headingHtml = Snippet.fill(e.childNodes(), Integer.MAX_VALUE, Integer.MAX_VALUE).html();
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.nameIs("p")) {
                paragraphs.add(e);
            }
            if (e.isBlock() || e.nameIs("br") || e.nameIs("td") || e.nameIs("th")) {
                text.append(' ');  // words of two blocks (cells, list items) are two words
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                text.append(' ');
            }
            return FilterResult.CONTINUE;
        }

        private void close() {
            // kept even when empty: the opening part is where the page's title is found, a heading is found by itself
            done.add(new SearchSection(page, anchor, heading, headingHtml, squeeze(text.toString()), snippet()));
            text.setLength(0);
            paragraphs.clear();
        }

        private String snippet() {
            StringBuilder html = new StringBuilder();
            int left = SNIPPET_CHARS;
            int formulas = SNIPPET_FORMULAS;
            int bytes = SNIPPET_FORMULA_BYTES;
            for (Element p : paragraphs) {
                if (left <= 0 || formulas < 0) {
                    break;
                }
                Snippet s = Snippet.fill(p.childNodes(), left, formulas, bytes);
                if (!s.html().isEmpty()) {
                    if (!html.isEmpty()) {
                        html.append(' ');
                    }
                    html.append(s.html());
                }
                left = s.charsLeft();
                formulas = s.formulasLeft();
                bytes = s.formulaBytesLeft();
            }
            return html.toString().strip();
        }

        List<SearchSection> finish() {
            close();
            return List.copyOf(done);
        }
    }

    /** What a reader does not see as text: drawings, scripts, the anchors' "#", text for screen readers only. */
    static boolean notShown(Element e) {
        return e.nameIs("svg") || e.nameIs("script") || e.nameIs("style") || e.nameIs("template")
                || e.hasClass("anchor") || e.hasClass("visually-hidden") || "true".equals(e.attr("aria-hidden"));
    }

    /** The TeX of a formula element (KaTeX's output, or TeX left for the browser), else null. */
    static String texOf(Element e) {
        if (e.hasAttr(PLACEHOLDER)) {
            return e.attr(TEX);
        }
        if (e.hasClass("katex")) {
            Element annotation = e.selectFirst("annotation[encoding=application/x-tex]");
            return annotation == null ? "" : annotation.wholeText();
        }
        if (e.hasClass("katex-pending") || e.hasClass("katex-display-pending")) {
            String t = e.wholeText().strip();
            return t.length() >= 4 ? t.substring(2, t.length() - 2) : t;  // \( ... \) or \[ ... \]
        }
        return null;
    }

    /** The words of a formula's TeX: commands and letters stay, layout commands go; lunr splits the rest. */
    static String texWords(String tex) {
        return LAYOUT.matcher(tex).replaceAll(" ");
    }

    /** A heading's text with its formulas as TeX, as indexed. */
    private static String plainText(Element heading) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || notShown(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tex = texOf(e);
                if (tex != null) {
                    out.append(' ').append(texWords(tex)).append(' ');
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, heading);
        return squeeze(out.toString());
    }

    /** The id a heading's link goes to: its anchor's, or its own. */
    private static String anchorOf(Element heading) {
        Element a = heading.selectFirst("a.anchor[id]");
        return a != null ? a.id() : heading.id();
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
