package quod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quod.cite.Bibliographies;
import quod.cite.Bibliography;
import quod.compute.output.ComputeOutput;
import quod.compute.ComputeStage;
import quod.compute.output.ComputedPage;
import quod.compute.output.ComputedValue;
import quod.compute.language.Directive;
import quod.compute.runtime.PageOptions;
import quod.config.Citing;
import quod.config.Display;
import quod.config.SiteConfig;
import quod.config.SiteConfigLoader;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.markdown.LabelIndex;
import quod.markdown.MarkdownRenderer;
import quod.markdown.PageDirectives;
import quod.markdown.PageSetup;
import quod.markdown.ParsedPage;
import quod.markdown.RenderedPage;
import quod.math.ClientMathRenderer;
import quod.math.FormulaCache;
import quod.math.KatexJavetEngine;
import quod.math.KatexOptions;
import quod.math.MathRenderer;
import quod.math.ServerMathRenderer;
import quod.page.Heading;
import quod.page.SiteLinks;

/**
 * Renders a golden example as a build renders a page, with the production classes in the build's order:
 * parse -> compute -> collect equation numbers -> render Markdown and math. The example is page
 * {@value #SLUG} (file {@value #SOURCE} in the content folder, named {@value #FILE} in messages) of a site that
 * also has page {@code other} (file {@code other.md}), whose labelled equations
 * are {@code eq:first} (1) and {@code eq:second} (2) (see {@link #OTHER}); the site's config is {@link #SITE_YML}.
 *
 * <p>The options an example may give, and nothing else (a typo must fail, not render with defaults):
 * <ul>
 *   <li>{@code solutions-collapsed}: the page has {@code solutions: collapsed} (default: open)</li>
 *   <li>{@code checks-hidden}: the page has {@code checks: hidden} (default: visible)</li>
 *   <li>{@code precision[N]}: the page has {@code precision: N} (default: the site's, 4)</li>
 *   <li>{@code server-math}: math is rendered by KaTeX at build time, as {@code --math server} does; without
 *       it, by the client renderer, whose output is the TeX the browser will render</li>
 *   <li>{@code csl[NAME]}: citations in CSL style NAME (default: the site's, chicago-author-date)</li>
 * </ul>
 * The site's {@code bibliography:} is {@link #BIB}, for every example.
 *
 * <p>The dump (the example's third section) holds what a page is beyond its HTML, one fact a line:
 * {@code toc LEVEL #ID TEXT} per contents entry, {@code block LINE KIND: TEXT} per output of the compute
 * block whose fence is on LINE, {@code value LINE:COL KIND: TEXT} per {@code {{ }}} value,
 * {@code checks passed: N}, and {@code diagnostic HEADLINE} per diagnostic, in that order.
 *
 * <p>One instance per test class: its KaTeX engine (about half a second to start) is started at the first
 * {@code server-math} example and stopped by {@link #close()}.
 */
public final class GoldenPage implements AutoCloseable {
    static final String SLUG = "hw/this";
    static final String FILE = "this.md";
    /** The example's Markdown file in the content folder, which its links are relative to. */
    static final String SOURCE = "hw/this.md";
    /** The site's pages: links to {@code other.md} and {@code this.md} lead to them. */
    private static final SiteLinks LINKS = new SiteLinks(Map.of(SOURCE, SLUG, "other.md", "other"));
    /**
     * The other page of the example site, titled "Other page": eq:first is (1) there, eq:second is (2),
     * lem:other is Lemma 1, tbl:numbers is Table 1.
     */
    private static final String OTHER = "$$ a $$ {#eq:first}\n\n$$ b $$ {#eq:second}\n\n::: lemma {#lem:other}\nx\n:::\n\n"
            + "| a |\n|---|\n| 1 |\n\n: Numbers {#tbl:numbers}\n";
    /** The pages' titles, which references from the other page name. */
    private static final Map<String, String> TITLES = Map.of(SLUG, "This page", "other", "Other page");
    /** The site's BibTeX file, relative to the content folder {@code src/test/resources/markdown}. */
    static final String BIB = "references.bib";

    /** The site's config: a macro, so that server-rendered math shows site macros at work. */
    static final String SITE_YML = "title: Goldens\nmacros:\n  \"\\\\R\": \"\\\\mathbb{R}\"\n";

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final SiteConfig config;
    private final ServerMathRenderer serverMath;

    public GoldenPage() {
        SiteConfigLoader.Loaded loaded = new SiteConfigLoader().load(new SourceText("site.yml", SITE_YML));
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("the goldens' site.yml is invalid: " + loaded.problems());
        }
        config = loaded.config();
        KatexOptions katex = new KatexOptions(QuodVersion.current().katex(), config.macros(), config.trust());
        serverMath = new ServerMathRenderer(FormulaCache.none(katex), () -> KatexJavetEngine.start(katex));
    }

    /** An example's options, read strictly. */
    record Options(boolean solutionsCollapsed, boolean checksHidden, Integer precision, boolean serverMath, String csl) {
        static final List<String> KNOWN = List.of("checks-hidden", "csl[NAME]", "precision[N]", "server-math",
                "solutions-collapsed");

        static Options of(List<String> written) {
            boolean collapsed = false;
            boolean hidden = false;
            Integer precision = null;
            boolean server = false;
            String csl = null;
            for (String option : written) {
                switch (option) {
                    case "solutions-collapsed" -> collapsed = true;
                    case "checks-hidden" -> hidden = true;
                    case "server-math" -> server = true;
                    default -> {
                        if (option.matches("csl\\[[a-z0-9-]+]")) {
                            csl = option.substring("csl[".length(), option.length() - 1);
                        } else if (option.matches("precision\\[[0-9]{1,2}]")) {
                            precision = Integer.parseInt(option.substring("precision[".length(), option.length() - 1));
                        } else {
                            throw new IllegalArgumentException("unknown golden option '" + option + "'; known: "
                                    + String.join(", ", KNOWN));
                        }
                    }
                }
            }
            return new Options(collapsed, hidden, precision, server, csl);
        }
    }

    /** The example's HTML as a reader gets it, and the dump of the rest. */
    public Goldens.Rendered render(Goldens.Example example) {
        Options options = Options.of(example.options());
        Diagnostics diagnostics = new Diagnostics();
        Map<String, ParsedPage> site = new LinkedHashMap<>();
        ParsedPage page = markdown.parse(new SourceText(FILE, example.source()), diagnostics);
        site.put(SLUG, page);
        site.put("other", markdown.parse(new SourceText("other.md", OTHER), diagnostics));
        ComputedPage computed = new ComputeStage(null).run(page.text(), page.directives().all(),
                pageOptions(options), diagnostics);
        LabelIndex equations = LabelIndex.collect(site, TITLES, quod.markdown.Counters.DEFAULT, diagnostics);
        MathRenderer math = options.serverMath() ? serverMath : new ClientMathRenderer();
        PageSetup setup = new PageSetup(SLUG, PageSetup.solutionsOpen(
                options.solutionsCollapsed() ? Display.Solutions.COLLAPSED : null, config.solutions()), equations,
                !options.checksHidden(), SOURCE, LINKS, quod.markdown.PageEdition.STAFF, quod.markdown.Redaction.NONE,
                bibliography(options, diagnostics));
        RenderedPage rendered = markdown.render(page, computed, math, diagnostics, setup);

        List<String> dump = new ArrayList<>();
        for (Heading h : rendered.headings()) {
            dump.add("toc " + h.level() + " #" + h.id() + " " + h.text());
        }
        dump.addAll(computedLines(page.directives(), computed));
        for (Diagnostic d : diagnostics.sorted()) {
            dump.add("diagnostic " + d.headline());
        }
        return new Goldens.Rendered(rendered.html(), dump.isEmpty() ? "" : String.join("\n", dump) + "\n");
    }

    /** What the example may cite: {@link #BIB}, in the example's style or the default one. */
    private static Bibliography bibliography(Options options, Diagnostics diagnostics) {
        Citing site = new Citing(List.of(new Citing.Setting(BIB, "site.yml", 1, 1, "")),
                options.csl() == null ? null : new Citing.Setting(options.csl(), "site.yml", 2, 1, ""));
        return new Bibliographies(java.nio.file.Path.of("src/test/resources/markdown"), "content", site, diagnostics)
                .forPage(SOURCE, Citing.NONE);
    }

    /** The page's compute settings as the build makes them from front matter and site.yml. */
    private PageOptions pageOptions(Options options) {
        return new PageOptions(PageOptions.DEFAULT_SEED,
                options.precision() != null ? options.precision() : config.precision(), config.maxMatrix(),
                config.limits());
    }

    /**
     * The one place that reads what the compute stage returned, as dump lines: each block's outputs under
     * its fence line, each value at its position, and the count of passed checks.
     */
    static List<String> computedLines(PageDirectives directives, ComputedPage computed) {
        List<String> lines = new ArrayList<>();
        List<Directive.Block> blocks = directives.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            String block = "block " + blocks.get(b).fenceLine() + " ";
            for (ComputeOutput o : computed.blocks().get(b)) {
                if (o instanceof ComputeOutput.DisplayMath m) {
                    lines.add(block + "math: " + m.latex());
                } else if (o instanceof ComputeOutput.CheckPassed c) {
                    lines.add(block + "check: " + (c.label() != null ? "\"" + c.label() + "\": " : "") + c.summary() + (c.times() > 1 ? " (" + c.times() + " times)" : ""));
                } else if (o instanceof ComputeOutput.Plot p) {
                    lines.add(block + "plot: " + p.series().size() + " series of " + p.points() + " points"
                            + (p.title() != null ? ", title " + p.title() : ""));
                } else if (o instanceof ComputeOutput.Source s) {
                    lines.add(block + "source: " + s.code().replace("\n", "\\n"));
                }
            }
        }
        List<Directive.Value> values = directives.values();
        for (int v = 0; v < values.size(); v++) {
            ComputedValue c = computed.values().get(v);
            lines.add("value " + values.get(v).line() + ":" + (values.get(v).open() + 1) + " "
                    + (c.math() ? "math" : "text") + ": " + c.text());
        }
        if (computed.checksPassed() > 0) {
            lines.add("checks passed: " + computed.checksPassed());
        }
        return lines;
    }

    @Override
    public void close() {
        serverMath.close();
    }
}
