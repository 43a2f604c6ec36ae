package quod.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import quod.QuodVersion;
import quod.cache.FileCache;
import quod.cite.Bibliographies;
import quod.compute.ComputeStage;
import quod.compute.output.CheckReport;
import quod.compute.output.ComputedPage;
import quod.compute.runtime.PageOptions;
import quod.config.Display;
import quod.config.SiteConfig;
import quod.config.SiteConfigLoader;
import quod.content.ContentLoader;
import quod.content.Page;
import quod.content.SiteOutline;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.QuodException;
import quod.diagnostics.SourceText;
import quod.edition.EditionRules;
import quod.edition.ReleaseDate;
import quod.markdown.LabelIndex;
import quod.markdown.MarkdownRenderer;
import quod.markdown.PageSetup;
import quod.markdown.ParsedPage;
import quod.markdown.RenderedPage;
import quod.math.ClientMathRenderer;
import quod.math.EngineUnavailable;
import quod.math.FormulaCache;
import quod.math.KatexJavetEngine;
import quod.math.KatexOptions;
import quod.math.MathEngine;
import quod.math.MathRenderer;
import quod.math.MathStats;
import quod.math.NativeLibrary;
import quod.math.ServerMathRenderer;
import quod.page.SiteLinks;
import quod.render.SiteModel.PageEntry;
import quod.render.SectionInfo;
import quod.render.Theme;
import quod.search.SearchIndex;

/**
 * The whole pipeline, top to bottom: load content -> read config -> parse all pages once (so equation
 * references across pages resolve) -> run every page's directives where the parser found them ->
 * render Markdown and math -> apply templates -> write and link-check the site. Errors from every stage are
 * collected; if there are any, nothing is written.
 */
public final class SiteBuild {
    private final BuildOptions options;
    private final Function<KatexOptions, MathEngine> engines;
    private final QuodVersion version = QuodVersion.current();
    /** The passed checks of the build, once computed; reported by {@code --checks} even when the build fails. */
    private List<BuildResult.CheckEntry> checks = List.of();
    /** The release dates around this build's instant, once known: see {@link #releaseWindow}. */
    private long[] window = {Long.MIN_VALUE, Long.MAX_VALUE};
    /** What the build before left, in {@code quod serve}; null for a build of its own. */
    private final BuildMemo memo;
    private Consumer<Published> published = p -> { };

    public SiteBuild(BuildOptions options) {
        this(options, katex -> KatexJavetEngine.start(katex, NativeLibrary.folderFor(options.cacheDir())));
    }

    /**
     * With another way to get the math engine: a {@link quod.math.WarmEngine}'s, kept across the builds of
     * {@code quod serve}, or one that cannot start, for tests of a platform where V8 cannot load.
     */
    public SiteBuild(BuildOptions options, Function<KatexOptions, MathEngine> engines) {
        this(options, engines, null);
    }

    /**
     * For {@code quod serve}: with what the build before left in {@code memo}, so that only what changed is
     * parsed, rendered and written; the site goes into the memo's served folder, updated in place.
     */
    public SiteBuild(BuildOptions options, Function<KatexOptions, MathEngine> engines, BuildMemo memo) {
        this.options = memo == null ? options : options.withOut(memo.served().root());
        this.engines = engines;
        this.memo = memo;
    }

    public BuildResult run() {
        return run(published -> { });
    }

    /**
     * Builds; in {@code quod serve}, tells {@code published} of the files each commit changed as soon as they are
     * served (see {@link Published}).
     */
    public BuildResult run(Consumer<Published> published) {
        this.published = published;
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        OutputFolder.Decision decision = OutputFolder.check(options.out(), Path.of("").toAbsolutePath(),
                home(), protectedFolders());
        if (decision instanceof OutputFolder.Refused refused) {
            diagnostics.add(Diagnostic.error("--out " + shown(options.out()), refused.message()));
            return new BuildResult(BuildResult.Status.REFUSED, 0, 0, 0, 0, System.nanoTime() - start,
                    diagnostics.sorted(), false, List.of(), List.of());
        }
        OutputFolder out = ((OutputFolder.Accepted) decision).folder();
        if (options.templates() != null && !Files.isDirectory(options.templates())) {
            diagnostics.add(Diagnostic.error("--templates " + shown(options.templates()), "no such folder; "
                    + "leave out --templates to build with the bundled theme"));
            return new BuildResult(BuildResult.Status.REFUSED, 0, 0, 0, 0, System.nanoTime() - start,
                    diagnostics.sorted(), false, List.of(), List.of());
        }
        try {
            OutputTree.recoverLeftovers(out.target());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(display(options.out()), "cannot tidy what an interrupted build left "
                    + "beside the output folder: " + e.getMessage()));
            return failed(diagnostics, start);
        }
        if (memo != null) {
            memo.start();
        }
        // a build of its own with a cache remembers what it was made from, and does nothing when that is unchanged
        boolean remembered = memo == null && options.cacheDir() != null && !options.auditChecks();
        Path record = remembered ? UpToDate.recordFile(options.cacheDir(), out.target()) : null;
        String inputs = remembered ? UpToDate.inputs(options) : null;
        if (inputs != null) {
            UpToDate.Record last = UpToDate.check(record, inputs, options.now() != null ? options.now() : Instant.now(),
                    out.target());
            if (last != null) {
                return new BuildResult(BuildResult.Status.UP_TO_DATE, last.pages(), last.formulas(), last.formulas(),
                        last.checksPassed(), System.nanoTime() - start, last.diagnostics(), false, List.of(), List.of());
            }
        }
        BuildResult result = null;
        try {
            result = build(diagnostics, start, out);
            return result;
        } catch (QuodException e) {
            diagnostics.addAll(e.diagnostics());
            result = failed(diagnostics, start);
            return result;
        } finally {
            if (memo != null) {
                memo.finish(result != null && result.succeeded());
            }
            if (record != null) {
                if (inputs != null && result != null && result.succeeded()) {
                    UpToDate.save(record, new UpToDate.Record(inputs, window[0], window[1], result.pages(), result.formulas(),
                            result.checksPassed(), result.diagnostics(), Map.of()), out.target());
                } else {
                    UpToDate.forget(record);
                }
            }
        }
    }

    /**
     * The release dates around the build's instant: the last that had passed and the first still to come (epoch
     * ms), between which a build of the same inputs writes the same site.
     */
    private static long[] releaseWindow(Map<String, List<ReleaseDate>> releases, EditionRules rules) {
        long notBefore = Long.MIN_VALUE;
        long notAfter = Long.MAX_VALUE;
        long now = rules.now().toEpochMilli();
        for (List<ReleaseDate> dates : releases.values()) {
            for (ReleaseDate date : dates) {
                Instant at = date.instant(rules.zone());
                if (at != null) {
                    long ms = at.toEpochMilli();
                    if (ms <= now) {
                        notBefore = Math.max(notBefore, ms);
                    } else {
                        notAfter = Math.min(notAfter, ms);
                    }
                }
            }
        }
        return new long[] {notBefore, notAfter};
    }

    /** The release dates of each page's dated solutions, answers and hints, by slug, read once a build. */
    private static Map<String, List<ReleaseDate>> releases(List<Page> pages, Map<String, ParsedPage> parsed) {
        Map<String, List<ReleaseDate>> out = new HashMap<>();
        for (Page p : pages) {
            out.put(p.slug(), parsed.get(p.slug()).scheduled(p.front().release()).stream()
                    .map(ParsedPage.Scheduled::release).toList());
        }
        return out;
    }

    /** The folders the output folder must stay clear of. */
    private List<OutputFolder.Protected> protectedFolders() {
        List<OutputFolder.Protected> folders = new ArrayList<>();
        folders.add(new OutputFolder.Protected(options.source(), "content folder", "--source"));
        if (options.templates() != null) {
            folders.add(new OutputFolder.Protected(options.templates(), "templates folder", "--templates"));
        }
        if (options.cacheDir() != null) {
            folders.add(new OutputFolder.Protected(options.cacheDir(), "cache folder", "--cache"));
        }
        return folders;
    }

    private static Path home() {
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() || home.equals("?") ? null : Path.of(home);
    }

    /** How the user wrote a path, quoted when it is empty. */
    private static String shown(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.isEmpty() ? "\"\"" : s;
    }

    private BuildResult build(Diagnostics diagnostics, long start, OutputFolder out) {
        java.time.Instant started = java.time.Instant.now();
        StageTimes time = new StageTimes();
        var content = time.time("load", () -> new ContentLoader(options.source(), display(options.source())).load(diagnostics));
        SiteConfig loaded = time.time("load", () -> loadConfig(content.config(), diagnostics));
        SiteConfig config = options.baseUrl() != null ? loaded.withBaseUrl(options.baseUrl()) : loaded;
        KatexOptions katex = new KatexOptions(version.katex(), config.macros(), config.trust());
        SiteOutline outline = SiteOutline.of(content.pages());
        List<Page> pages = outline.pages();
        diagnostics.addAll(strayDueDates(outline));
        diagnostics.addAll(OutputPaths.check(outputs(content.pages(), content.files()),
                outline.sections().stream().map(SiteOutline.Section::slug).toList()));

        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, ParsedPage> parsed = time.time("parse", () -> parse(pages, markdown, diagnostics, kept()));
        Map<String, ComputedPage> computed = time.time("compute", () -> compute(pages, parsed, config, diagnostics));
        checks = audit(pages, parsed, computed, diagnostics);
        EditionRules rules = EditionStage.rules(options, config, started);
        Map<String, List<ReleaseDate>> releases = releases(pages, parsed);
        window = releaseWindow(releases, rules);
        Map<String, EditionStage.PageView> views = time.time("compute", () -> EditionStage.views(pages, parsed, computed,
                rules, (page, shown) -> new ComputeStage(options.cacheDir() != null ? options.cacheDir().resolve("compute") : null).run(page.source(), shown, computeOptions(page, config),
                        new Diagnostics()), diagnostics));
        LabelIndex equations = EditionStage.equations(LabelIndex.collect(parsed, titles(pages),
                quod.markdown.Counters.ofWords(config.numbering()::counterOf), numberingGroups(outline, config), diagnostics),
                views);
        SiteLinks links = siteLinks(pages);
        Bibliographies bibliographies = new Bibliographies(options.source(), display(options.source()), config.citing(),
                diagnostics, new FileCache(options.cacheDir() != null ? options.cacheDir().resolve("citations") : null));
        RenderedPages rendered = time.time("render",
                () -> render(outline, computed, parsed, equations, links, bibliographies, markdown, config, katex,
                        diagnostics, views));
        if (failsBuild(diagnostics)) {
            return failed(diagnostics, start);
        }
        var templates = new TemplateStage(theme(), config, options.mathMode(), katex, version.quod(),
                sectionInfos(outline, releases, rules), kept());
        var sources = sourcesByOutput(pages, parsed, links);
        // the BibTeX files pages cite from are sources, as site.yml is: a student edition must not publish the
        // works its hidden solutions cite
        var named = bibliographies.named();
        List<Path> publishedFiles = content.files().stream()
                .filter(f -> !named.contains(options.source().resolve(f).toAbsolutePath().normalize())).toList();
        Later<SearchIndex.Built> search = new Later<>(() -> time.time("search", () -> searchIndex(rendered.pages(), diagnostics)));
        var writing = new WriteStage(options, memo, version, theme(), published, this::failsBuild);
        if (!writing.write(out, config, templates, rendered.pages(), publishedFiles, sources, content.drafts(), search, diagnostics, time)) {
            return failed(diagnostics, start);
        }
        int passed = computed.values().stream().mapToInt(ComputedPage::checksPassed).sum();
        return new BuildResult(BuildResult.Status.BUILT, rendered.pages().size(), rendered.math().formulas(), rendered.math().fromCache(),
                passed, System.nanoTime() - start, diagnostics.sorted(), rendered.engineStarted(), time.stages(), this.checks,
                search.get().engineStarted());
    }

    /** A value made when first asked for, once. */
    private static final class Later<T> implements Supplier<T> {
        private Supplier<T> make;
        private T value;

        Later(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            if (make != null) {
                value = make.get();
                make = null;
            }
            return value;
        }
    }

    /**
     * Every passed check with how close it came to failing; with {@code --checks}, one that can hardly fail
     * is a warning at the check (an error under {@code --strict}).
     */
    private List<BuildResult.CheckEntry> audit(List<Page> pages, Map<String, ParsedPage> parsed,
                                               Map<String, ComputedPage> computed, Diagnostics diagnostics) {
        List<BuildResult.CheckEntry> entries = new ArrayList<>();
        for (Page page : pages) {
            SourceText text = parsed.get(page.slug()).text();
            for (CheckReport r : computed.get(page.slug()).checks()) {
                entries.add(new BuildResult.CheckEntry(text.name(), r));
                if (options.auditChecks() && !r.flags().isEmpty()) {
                    diagnostics.add(Diagnostic.warning(text.name(), r.line(), r.column(), "check '" + r.text()
                            + "' can hardly fail: it " + r.flags().stream().map(CheckReport.Flag::reason)
                            .collect(java.util.stream.Collectors.joining(", and it ")) + " (" + r.summary()
                            + "); make it pin the claim (see README: Checks that can fail)", text.line(r.line())));
                }
            }
        }
        return entries;
    }

    /** Each page's title by slug: a reference to another page's figure or equation names it. */
    private static Map<String, String> titles(List<Page> pages) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        pages.forEach(page -> titles.put(page.slug(), page.front().title()));
        return titles;
    }

    /**
     * The pages that count numbered things together: each page alone, or with {@code numbering: within: section},
     * the pages of a section (its index page first).
     */
    private static Map<String, String> numberingGroups(SiteOutline outline, SiteConfig config) {
        Map<String, String> groups = new java.util.LinkedHashMap<>();
        for (Page page : outline.pages()) {
            SiteOutline.Section section = config.numbering().bySection() ? outline.sectionOf(page.slug()) : null;
            groups.put(page.slug(), section == null ? page.slug() : "section:" + section.slug());
        }
        return groups;
    }

    /** A page's computations, with the messages they gave. */
    private record Computed(ComputedPage page, List<Diagnostic> diagnostics) { }

    /** A page's parse, with the messages parsing gave. */
    private record Parsed(ParsedPage page, List<Diagnostic> diagnostics) { }

    /** A page's HTML, with the messages rendering gave and how many formulas it holds. */
    private record Rendered(RenderedPage page, List<Diagnostic> diagnostics, int formulas) { }

    /** The pages as HTML, with what rendering their math took. */
    private record RenderedPages(List<PageEntry> pages, MathStats math, boolean engineStarted) { }

    /** Renders every page's Markdown and math with one math engine, started only if a formula needs it. */
    private RenderedPages render(SiteOutline outline, Map<String, ComputedPage> computed, Map<String, ParsedPage> parsed,
                                 LabelIndex equations, SiteLinks links, Bibliographies bibliographies,
                                 MarkdownRenderer markdown, SiteConfig config, KatexOptions katex, Diagnostics diagnostics,
                                 Map<String, EditionStage.PageView> views) {
        List<PageEntry> rendered = new ArrayList<>();
        MathRenderer math = mathRenderer(katex);
        boolean started = false;
        int reusedFormulas = 0;
        try {
            for (Page page : outline.pages()) {
                EditionStage.PageView view = views.get(page.slug());
                PageSetup setup = new PageSetup(page.slug(),
                        PageSetup.solutionsOpen(page.front().solutions(), config.solutions()), equations,
                        page.front().checks() == Display.Checks.VISIBLE, page.path(), links, view.edition(), view.redaction(),
                        bibliographies.forPage(page.path(), page.front().citing()));
                // everything the page's HTML is made from: its file (and so its computations), the site's
                // configuration, the numbers of its own equations and of those it refers to, the site's pages
                List<Object> inputs = memo == null ? List.of() : List.of(page.source().name(), page.source().text(),
                        setup.slug(), setup.solutionsOpen(), setup.checksVisible(), setup.source(), setup.links(),
                        setup.bibliography(), equations.viewFrom(page.slug(), parsed.get(page.slug())), config,
                        options.mathMode(), view.edition().rules().edition(), view.hidden().decisions(), view.redaction());
                int before = math.stats().formulas();
                Rendered kept = kept().keep(BuildMemo.pageHtml(page.slug()), inputs, () -> {
                    Diagnostics own = new Diagnostics();
                    RenderedPage html = markdown.render(parsed.get(page.slug()), computed.get(page.slug()), math, own, setup);
                    return new Rendered(html, own.sorted(), math.stats().formulas() - before);
                });
                if (math.stats().formulas() == before) {
                    reusedFormulas += kept.formulas();  // taken from the build before: none of them rendered now
                }
                diagnostics.addAll(kept.diagnostics());
                SiteOutline.Section section = outline.sectionOf(page.slug());
                rendered.add(new PageEntry(page.slug(), page.front().title(), page.front().summary(),
                        kept.page().html(), kept.page().headings(), section == null ? "" : section.slug()));
            }
        } catch (EngineUnavailable e) {
            diagnostics.add(Diagnostic.error(display(options.source()), e.getMessage()
                    + "; build with '--math client' to render math in the reader's browser instead"));
        } finally {
            if (math instanceof ServerMathRenderer server) {
                started = server.engineStarted();
                server.close();
            }
        }
        MathStats stats = math.stats();
        // a page kept from the build before counts its formulas as cached: none was rendered again
        return new RenderedPages(rendered, new MathStats(stats.formulas() + reusedFormulas, stats.fromCache() + reusedFormulas),
                started);
    }

    /**
     * What templates show of each section: its index page's title and summary, its due date in the site's zone,
     * and when the solutions of its pages that have release dates come out.
     */
    private static List<SectionInfo> sectionInfos(SiteOutline outline, Map<String, List<ReleaseDate>> releases,
                                                  EditionRules rules) {
        return outline.sections().stream().map(s -> {
            var front = s.index().front();
            List<ReleaseDate> dates = new ArrayList<>();
            s.pagesWithIndex().forEach(p -> dates.addAll(releases.get(p.slug())));
            return new SectionInfo(s.slug(), front.title(), front.summary(),
                    front.due() == null ? "" : rules.shown(front.due()),
                    front.due() == null ? "" : front.due().instant(rules.zone()).toString(), solutions(dates, rules));
        }).toList();
    }

    /** A {@code due:} on a page that is not a section's index page, which nothing shows. */
    private static List<Diagnostic> strayDueDates(SiteOutline outline) {
        List<Diagnostic> out = new ArrayList<>();
        for (Page p : outline.pages()) {
            SiteOutline.Section section = outline.sectionOf(p.slug());
            if (p.front().due() != null && (section == null || section.index() != p)) {
                SourceText text = p.source();
                int line = 1;
                while (line < text.lineCount() && !text.line(line).startsWith("due:")) {
                    line++;
                }
                out.add(Diagnostic.warning(text.name(), line, 1, "'due:' is read only on a section's index page "
                        + "(index.md in a top-level folder), where the course table shows it", text.line(line)));
            }
        }
        return out;
    }

    /** When solutions with these release dates are all out: "" when none has a date. */
    private static String solutions(List<ReleaseDate> dates, EditionRules rules) {
        if (dates.isEmpty()) {
            return "";
        }
        if (dates.stream().allMatch(rules::released)) {
            return "Solutions out";
        }
        return dates.stream().filter(d -> !rules.released(d) && !d.never())
                .max(java.util.Comparator.comparing(d -> d.instant(rules.zone())))
                .filter(last -> dates.stream().noneMatch(ReleaseDate::never))
                .map(last -> "Solutions on " + rules.shown(last))
                .orElse("Solutions not released yet");
    }

    /** Where this build keeps what it makes for the next: the memo of {@code quod serve}, or nowhere. */
    private Kept kept() {
        return memo != null ? memo : Kept.NONE;
    }

    /** Every page and content file with the path it gets in the site, pages first, by source path (as loaded). */
    private List<OutputPaths.Output> outputs(List<Page> pages, List<Path> files) {
        List<OutputPaths.Output> outputs = new ArrayList<>();
        if (pages.stream().noneMatch(p -> p.slug().isEmpty())) {
            outputs.add(new OutputPaths.Output("index.html", null));
        }
        pages.forEach(p -> outputs.add(new OutputPaths.Output(p.outputPath(), p.source().name())));
        String root = display(options.source());
        for (Path f : files) {
            String rel = f.toString().replace('\\', '/');
            outputs.add(new OutputPaths.Output(rel, root + "/" + rel));
        }
        return outputs;
    }

    /** Every page's Markdown file by its path in the content folder, with the page's slug: what links may name. */
    private static SiteLinks siteLinks(List<Page> pages) {
        Map<String, String> slugs = new HashMap<>();
        pages.forEach(p -> slugs.put(p.path(), p.slug()));
        return new SiteLinks(slugs);
    }

    /**
     * Which Markdown file each page's HTML came from, with each link as written beside the form its HTML holds,
     * for placing link warnings where the author wrote the link.
     */
    private static Map<String, LinkChecker.Source> sourcesByOutput(List<Page> pages, Map<String, ParsedPage> parsed,
                                                                   SiteLinks links) {
        Map<String, LinkChecker.Source> sources = new HashMap<>();
        for (Page p : pages) {
            ParsedPage page = parsed.get(p.slug());
            sources.put(p.outputPath(), LinkChecker.Source.of(page.text(), p.path(), page.links(), url -> links.inHtml(p.path(), url)));
        }
        return sources;
    }

    /** Runs every page's directives, as the parser found them: outputs of blocks, values. */
    private Map<String, ComputedPage> compute(List<Page> pages, Map<String, ParsedPage> parsed, SiteConfig config,
                                              Diagnostics diagnostics) {
        ComputeStage stage = new ComputeStage(options.cacheDir() != null ? options.cacheDir().resolve("compute") : null);
        Map<String, ComputedPage> computed = new LinkedHashMap<>();
        for (Page page : pages) {
            PageOptions pageOptions = computeOptions(page, config);
            var directives = parsed.get(page.slug()).directives();
            // in quod serve, kept while the page's parse is (so its directives) and its options are the same
            Computed kept = kept().keep(BuildMemo.COMPUTED + page.slug(), List.of(page.source().name(), directives, pageOptions), () -> {
                Diagnostics own = new Diagnostics();
                return new Computed(stage.run(page.source(), directives.all(), pageOptions, own), own.sorted());
            });
            diagnostics.addAll(kept.diagnostics());
            computed.put(page.slug(), kept.page());
        }
        return computed;
    }

    private static PageOptions computeOptions(Page page, SiteConfig config) {
        var front = page.front();
        return new PageOptions(front.seed() != null ? front.seed() : PageOptions.DEFAULT_SEED,
                front.precision() != null ? front.precision() : config.precision(),
                front.maxMatrix() != null ? front.maxMatrix() : config.maxMatrix(),
                config.limits());
    }

    /**
     * Parses every page before rendering any, so that references between pages (equation numbers) are
     * known when the first page is written.
     */
    private static Map<String, ParsedPage> parse(List<Page> pages, MarkdownRenderer markdown, Diagnostics diagnostics,
                                                 Kept memo) {
        Map<String, ParsedPage> parsed = new LinkedHashMap<>();
        for (Page page : pages) {
            String name = page.source().name();
            Parsed kept = memo.keep("parse:" + page.slug(), List.of(name, page.body()), () -> {
                Diagnostics own = new Diagnostics();
                return new Parsed(markdown.parse(new SourceText(name, page.body()), own), own.sorted());
            });
            diagnostics.addAll(kept.diagnostics());
            parsed.put(page.slug(), kept.page());
        }
        return parsed;
    }

    /**
     * The search index of the pages as rendered (so an edition's hidden parts are not in it), kept in the cache
     * folder; where V8 cannot run, the site is built without it and a warning says so.
     */
    private SearchIndex.Built searchIndex(List<PageEntry> rendered, Diagnostics diagnostics) {
        SearchIndex.Built built = new SearchIndex(options.cacheDir() != null ? options.cacheDir().resolve("search") : null,
                NativeLibrary.folderFor(options.cacheDir()),
                memo != null ? memo.lunr() : null)
                .build(rendered, (page, split) -> kept().keep("search:" + page.slug(), page, split));
        if (built.problem() != null) {
            diagnostics.add(Diagnostic.warning(display(options.source()), 0, 0, built.problem()
                    + "; the site is built without its search index", null));
        }
        return built;
    }

    private boolean failsBuild(Diagnostics diagnostics) {
        return diagnostics.hasErrors() || (options.strict() && diagnostics.warningCount() > 0);
    }

    private MathRenderer mathRenderer(KatexOptions katex) {
        if (options.mathMode() == BuildOptions.MathMode.CLIENT) {
            return new ClientMathRenderer();
        }
        Path cacheDir = options.cacheDir() != null ? options.cacheDir().resolve("math") : null;
        FormulaCache cache = cacheDir != null ? new FormulaCache(cacheDir, katex) : FormulaCache.none(katex);
        return new ServerMathRenderer(cache, () -> engines.apply(katex));
    }

    private SiteConfig loadConfig(SourceText source, Diagnostics diagnostics) {
        if (source == null) {
            return SiteConfig.defaults();
        }
        var loaded = new SiteConfigLoader().load(source);
        diagnostics.addAll(loaded.problems());
        return loaded.config();
    }

    /** The site's templates folder over the bundled theme, or the bundled theme alone. */
    private Theme theme() {
        return options.templates() == null ? Theme.bundled() : new Theme(options.templates(), display(options.templates()));
    }

    private BuildResult failed(Diagnostics diagnostics, long start) {
        return new BuildResult(BuildResult.Status.FAILED, 0, 0, 0, 0, System.nanoTime() - start, diagnostics.sorted(), false,
                List.of(), checks);
    }

    /** How a folder is named in messages: relative to the working directory when inside it. */
    static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String s = abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }
}
