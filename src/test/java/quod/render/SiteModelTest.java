package quod.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.config.Display;
import quod.config.Limits;
import quod.config.SiteConfig;
import quod.math.KatexOptions;
import quod.page.Heading;
import quod.render.SiteModel.PageEntry;

/** What each template variable holds on a page, the home page, the print page and the 404 page. */
class SiteModelTest {
    private static final KatexOptions KATEX = new KatexOptions("0.16.x", Map.of("\\R", "\\mathbb{R}"), List.of());
    private static final SiteConfig CONFIG = new SiteConfig("Linear Algebra", "Ada", "MATH 221", "Worked solutions.",
            "https://example.org/la", "de", Map.of(), Display.Solutions.OPEN, 4, 8, List.of(), List.of(), Limits.DEFAULTS,
            quod.edition.Edition.STAFF, java.time.ZoneId.of("UTC"), quod.config.Citing.NONE);

    private static final PageEntry HOME = new PageEntry("", "Home", "Start here.", "<p>home</p>", List.of());
    private static final PageEntry INTRO = new PageEntry("intro", "Intro", "First.", "<p>intro</p>", List.of());
    private static final PageEntry EXTRA = new PageEntry("notes/extra", "Extra <b>", "Last.", "<p>x &amp; y</p>",
            List.of(Heading.section(2, "eigen", "Eigenvalues"), new Heading(3, "problem-3b", "Problem 3(b)", "3(b)")));

    @TempDir
    Path tmp;

    private static SiteModel model(SiteConfig config) {
        return new SiteModel(config, "server", KATEX, "1.2.3");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static String markup(Object o) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) o);
    }

    @Test
    void siteHoldsTheConfiguredTextsWithTheBaseUrlEndingInASlash() {
        Map<String, Object> m = model(CONFIG).forIndex(HOME, List.of(INTRO));
        assertThat(map(m.get("site"))).containsExactly(Map.entry("title", "Linear Algebra"), Map.entry("author", "Ada"),
                Map.entry("course", "MATH 221"), Map.entry("description", "Worked solutions."),
                Map.entry("language", "de"), Map.entry("baseUrl", "https://example.org/la/"));
    }

    @Test
    void mathHoldsTheModeAndTheSettingsTheBuildRendersWith() throws TemplateModelException {
        Map<String, Object> math = map(new SiteModel(CONFIG, "client", KATEX, "1.2.3").forIndex(null, List.of()).get("math"));
        assertThat(math.get("mode")).isEqualTo("client");
        assertThat(markup(math.get("macrosJson"))).isEqualTo(KATEX.macrosJson());
        assertThat(markup(math.get("optionsJson"))).isEqualTo(KATEX.json());
        assertThat(map(model(CONFIG).forIndex(null, List.of()).get("quod"))).containsExactly(Map.entry("version", "1.2.3"));
    }

    @Test
    void aPageSeesEveryLinkRelativeToItsOwnFolder() {
        Map<String, Object> m = model(CONFIG).forPage(EXTRA, INTRO, null, List.of(INTRO, EXTRA));
        assertThat(m.get("root")).isEqualTo("../../");
        assertThat(map(m.get("page")).get("url")).isEqualTo("../../notes/extra/index.html");
        assertThat(map(m.get("prev")).get("url")).isEqualTo("../../intro/index.html");
        assertThat(m).containsEntry("next", null);
        assertThat((List<?>) m.get("pages")).extracting(p -> field(p, "url"))
                .containsExactly("../../intro/index.html", "../../notes/extra/index.html");
    }

    @Test
    void pagesInFoldersOfOneDepthShareOneListOfEntriesMadeOnlyWhenATemplateReadsThem() {
        // A page template that never reads `pages` must not cost an entry per page per page (1,000 pages: 10^6).
        PageEntry other = new PageEntry("other", "Other", "Second.", "<p>other</p>", List.of());
        List<PageEntry> all = List.of(INTRO, other, EXTRA);
        SiteModel model = model(CONFIG);
        List<?> fromIntro = (List<?>) model.forPage(INTRO, null, other, all).get("pages");
        List<?> fromOther = (List<?>) model.forPage(other, INTRO, EXTRA, all).get("pages");
        List<?> fromExtra = (List<?>) model.forPage(EXTRA, other, null, all).get("pages");
        assertThat(fromOther).isSameAs(fromIntro);
        assertThat(fromExtra).isNotSameAs(fromIntro);
        assertThat(fromIntro).extracting(p -> field(p, "url"))
                .containsExactly("../intro/index.html", "../other/index.html", "../notes/extra/index.html");
        assertThat(fromExtra).extracting(p -> field(p, "url"))
                .containsExactly("../../intro/index.html", "../../other/index.html", "../../notes/extra/index.html");
        assertThat(fromIntro.get(1)).as("made once, then the same entry").isSameAs(fromOther.get(1));
    }

    @Test
    void aPageEntryHoldsItsTextsAnchorsAndHeadings() throws TemplateModelException {
        Map<String, Object> page = map(model(CONFIG).forPage(EXTRA, null, null, List.of(EXTRA)).get("page"));
        assertThat(page).containsEntry("slug", "notes/extra").containsEntry("title", "Extra <b>")
                .containsEntry("summary", "Last.").containsEntry("printAnchor", "page-notes_extra")
                .containsEntry("canonical", "https://example.org/la/notes/extra/");
        assertThat(markup(page.get("content"))).isEqualTo("<p>x &amp; y</p>");
        assertThat(markup(page.get("titleCss"))).isEqualTo("\"Extra \\3c b\\3e \"");
        assertThat(page.get("headings")).isEqualTo(List.of(
                Map.of("level", 2, "id", "eigen", "text", "Eigenvalues", "problem", ""),
                Map.of("level", 3, "id", "problem-3b", "text", "Problem 3(b)", "problem", "3(b)")));
    }

    @Test
    void withoutABaseUrlThereIsNoCanonicalUrl() {
        SiteConfig noBase = SiteConfig.defaults();
        Map<String, Object> m = model(noBase).forPage(INTRO, null, null, List.of(INTRO));
        assertThat(map(m.get("page")).get("canonical")).isEqualTo("");
        assertThat(map(model(noBase).forIndex(HOME, List.of()).get("page")).get("canonical")).isEqualTo("");
    }

    @Test
    void theHomePageIsAtTheRootAndItsCanonicalUrlIsTheBaseUrl() {
        Map<String, Object> m = model(CONFIG).forIndex(HOME, List.of(INTRO, EXTRA));
        assertThat(m.get("root")).isEqualTo("");
        assertThat(map(m.get("page"))).containsEntry("url", "index.html").containsEntry("printAnchor", "page-index")
                .containsEntry("canonical", "https://example.org/la/");
        assertThat((List<?>) m.get("pages")).extracting(p -> field(p, "url"))
                .containsExactly("intro/index.html", "notes/extra/index.html");
        assertThat(model(CONFIG).forIndex(null, List.of(INTRO))).containsEntry("page", null);
    }

    @Test
    void thePrintPageHasTheHomePageAsPageAndTheOthersAsPages() throws TemplateModelException {
        Map<String, Object> with = model(CONFIG).forPrint(List.of(HOME, INTRO), true, PrintForm.AS_IS);
        assertThat(with.get("root")).isEqualTo("../");
        assertThat(field(with.get("page"), "title")).isEqualTo("Home");
        assertThat(field(((List<?>) with.get("pages")).get(0), "url")).isEqualTo("../intro/index.html");
        assertThat((List<?>) with.get("pages")).hasSize(1);

        Map<String, Object> without = model(CONFIG).forPrint(List.of(INTRO, EXTRA), false, PrintForm.AS_IS);
        assertThat(without).containsEntry("page", null);
        List<?> pages = (List<?>) without.get("pages");
        assertThat(List.of(field(pages.get(0), "slug"), field(pages.get(1), "slug"))).containsExactly("intro", "notes/extra");
    }

    @Test
    void aPrintPagesContentIsItsPrintFormMadeEachTimeItIsReadAndNeverKept() throws TemplateModelException {
        int[] made = {0};
        PrintForm form = new PrintForm() {
            @Override
            public List<Heading> headings(PageEntry page) {
                return page.headings().stream().map(h -> new Heading(h.level(), "x--" + h.id(), h.text(), h.problem())).toList();
            }

            @Override
            public String html(PageEntry page) {
                made[0]++;
                return "<div>printed " + page.slug() + "</div>";
            }
        };
        List<?> pages = (List<?>) model(CONFIG).forPrint(List.of(INTRO, EXTRA), false, form).get("pages");
        assertThat(made[0]).isZero();
        TemplateHashModel extra = (TemplateHashModel) pages.get(1);
        assertThat(markup(extra.get("content"))).isEqualTo("<div>printed notes/extra</div>");
        assertThat(markup(extra.get("content"))).isEqualTo("<div>printed notes/extra</div>");
        assertThat(made[0]).isEqualTo(2);
        assertThat(field(extra, "title")).isEqualTo("Extra <b>");
        TemplateSequenceModel headings = (TemplateSequenceModel) extra.get("headings");
        assertThat(((TemplateScalarModel) ((TemplateHashModel) headings.get(0)).get("id")).getAsString()).isEqualTo("x--eigen");
    }

    /** A string field of a page in a list (or on the print page), which templates read key by key. */
    private static String field(Object page, String key) {
        try {
            return ((TemplateScalarModel) ((TemplateHashModel) page).get(key)).getAsString();
        } catch (TemplateModelException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theNotFoundPageLinksFromTheBaseUrlBecauseItIsServedAtAnyDepth() {
        Map<String, Object> m = model(CONFIG).forNotFound(List.of(INTRO));
        assertThat(m.get("root")).isEqualTo("https://example.org/la/");
        assertThat(m).doesNotContainKey("page");
        assertThat((List<?>) m.get("pages")).extracting(p -> field(p, "url"))
                .containsExactly("https://example.org/la/intro/index.html");
        assertThat(model(SiteConfig.defaults()).forNotFound(List.of(INTRO)).get("root")).isEqualTo("");
        assertThat(m).doesNotContainKey("rootScript");
    }

    @Test
    void withoutABaseUrlTheNotFoundPageFindsTheRootWithAScriptThatKnowsTheSitesTopLevelNames() {
        Map<String, Object> m = model(SiteConfig.defaults()).forNotFound(List.of(INTRO, EXTRA));
        String script = m.get("rootScript").toString();
        assertThat(script).contains("markup=<script>(function(){").endsWith("</script>)")
                .contains("var n=[\"404.html\",\"assets\",\"index.html\",\"intro\",\"notes\",\"print\"]")
                .contains("location.protocol===\"file:\"").contains("createElement(\"base\")");
        assertThat(model(SiteConfig.defaults()).forPage(INTRO, null, EXTRA, List.of(INTRO, EXTRA))).doesNotContainKey("rootScript");
    }

    @Test
    void cssStringEscapesWhatCouldEndTheStringOrTheStyleElement() {
        assertThat(SiteModel.cssString("a\"b\\c<d>e&f\ng\u007fh é \uD83D\uDE00"))
                .isEqualTo("\"a\\22 b\\5c c\\3c d\\3e e\\26 f\\a g\\7f h é \uD83D\uDE00\"");
    }

    @Test
    void aTemplatePrintsContentAsMarkupAndTitlesEscaped() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("theme"));
        Files.writeString(dir.resolve("page.ftlh"), "<html><head><style>@page { @top-center { content: ${page.titleCss} } }"
                + "</style><title>${page.title}</title></head><body><main>${page.content}</main>"
                + "<a class=\"prev\" href=\"${prev.url}\">${prev.title}</a></body></html>");
        PageEntry evil = new PageEntry("evil", "</style><script>x()</script>", "", "<p>ok</p>", List.of());

        String html = new Templates(dir, "templates").render("page.ftlh",
                model(CONFIG).forPage(evil, INTRO, null, List.of(INTRO, evil)));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.title()).isEqualTo("</style><script>x()</script>");
        assertThat(doc.select("main > p").text()).isEqualTo("ok");
        assertThat(doc.select("a.prev").attr("href")).isEqualTo("../intro/index.html");
    }
}
