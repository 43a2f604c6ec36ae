package quod.site;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import quod.config.SiteConfig;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.QuodException;
import quod.math.KatexOptions;
import quod.render.SectionInfo;
import quod.render.SiteModel;
import quod.render.SiteModel.PageEntry;
import quod.render.Templates;
import quod.render.Theme;

/**
 * The templates stage: every file the theme's templates make from the rendered pages (home, pages, 404, the
 * print page, the sitemap when there is a base URL), each handed on as it is made. In {@code quod serve}
 * each file is kept from the build before while what its template sees is unchanged; in a build of its own
 * the print page is written as its template runs, one page's print form at a time.
 */
final class TemplateStage {
    private final Theme theme;
    private final SiteConfig config;
    private final BuildOptions.MathMode mode;
    private final SiteModel model;
    private final Kept kept;
    private Templates templates;
    private Listing listing;

    private final List<SectionInfo> sections;

    TemplateStage(Theme theme, SiteConfig config, BuildOptions.MathMode mode, KatexOptions katex, String quodVersion,
                  List<SectionInfo> sections, Kept kept) {
        this.sections = List.copyOf(sections);
        this.theme = theme;
        this.config = config;
        this.mode = mode;
        this.model = new SiteModel(config, mode == BuildOptions.MathMode.CLIENT ? "client" : "server", katex, quodVersion,
                sections);
        this.kept = kept;
    }

    /** Where the stage's files go, each as soon as it is made: a large site is never held whole. */
    interface Files {
        void put(String path, String text) throws IOException;

        /** A file written as its template runs (the print page). */
        Writer open(String path) throws IOException;
    }

    /** The pages as the site's templates see them: the home page, the others, and what every template sees. */
    private record Listing(List<PageEntry> rendered, PageEntry home, List<PageEntry> listed, List<Object> site) { }

    /**
     * The listing of these pages, made once a build: the pages and the print pages share it, and in {@code quod
     * serve} it holds the templates folder's stamp, a walk of that folder.
     */
    private Listing listing(List<PageEntry> rendered) {
        if (listing == null || listing.rendered() != rendered) {
            listing = listingOf(rendered);
        }
        return listing;
    }

    private Listing listingOf(List<PageEntry> rendered) {
        PageEntry home = rendered.stream().filter(p -> p.slug().isEmpty()).findFirst().orElse(null);
        List<PageEntry> listed = rendered.stream().filter(p -> !p.slug().isEmpty()).toList();
        // what every file's template sees besides its own page: the theme's files, the site, the list of pages
        List<Object> site = kept == Kept.NONE ? List.of() : List.of(stamp(), config, mode, sections,
                listed.stream().map(p -> List.of(p.slug(), p.title(), p.summary() == null ? "" : p.summary())).toList());
        return new Listing(rendered, home, listed, site);
    }

    /** Every file but the print pages: home, pages, 404, the sitemap when there is a base URL. */
    void pages(List<PageEntry> rendered, Files files) throws IOException {
        Templates templates = templates();
        Listing all = listing(rendered);
        PageEntry home = all.home();
        List<PageEntry> listed = all.listed();
        files.put("index.html", kept.keep("index.html", List.of(all.site(), Optional.ofNullable(home)),
                () -> templates.render("index.ftlh", model.forIndex(home, listed))));
        for (int i = 0; i < listed.size(); i++) {
            PageEntry p = listed.get(i);
            PageEntry prev = i > 0 ? listed.get(i - 1) : null;
            PageEntry next = i + 1 < listed.size() ? listed.get(i + 1) : null;
            String file = p.slug() + "/index.html";
            files.put(file, kept.keep(file, List.of(all.site(), p, i),
                    () -> templates.render("page.ftlh", model.forPage(p, prev, next, listed))));
        }
        files.put("404.html", kept.keep("404.html", all.site(), () -> templates.render("404.ftlh", model.forNotFound(listed))));
        if (!config.baseUrl().isEmpty()) {
            List<String> urls = new ArrayList<>();
            urls.add(config.baseUrl());
            listed.forEach(p -> urls.add(config.baseUrl() + p.slug() + "/"));
            files.put("sitemap.xml", Sitemap.of(templates, urls));
        }
        files.put(".nojekyll", "");
    }

    /** Where {@link #printPages} writes: the site's print page and each section's. */
    List<String> printPaths() {
        List<String> paths = new ArrayList<>();
        paths.add(PrintDocument.PATH);
        sections.forEach(s -> paths.add(PrintDocument.pathOf(s.slug())));
        return paths;
    }

    /** The print pages: the whole site's, and each section's. */
    void printPages(List<PageEntry> rendered, Files files) throws IOException {
        Templates templates = templates();
        Listing l = listing(rendered);
        PageEntry home = l.home();
        List<PageEntry> listed = l.listed();
        List<PageEntry> all = home == null ? listed : Stream.concat(Stream.of(home), listed.stream()).toList();
        print(templates, files, PrintDocument.PATH, List.of(l.site(), Optional.ofNullable(home), listed),
                () -> model.forPrint(all, home != null, PrintDocument.of(home, listed, kept)));
        for (SectionInfo section : sections) {
            PageEntry index = listed.stream().filter(p -> p.slug().equals(section.slug())).findFirst().orElseThrow();
            List<PageEntry> members = listed.stream()
                    .filter(p -> p.section().equals(section.slug()) && p != index).toList();
            String path = PrintDocument.pathOf(section.slug());
            print(templates, files, path, List.of(l.site(), index, members), () -> model.forSectionPrint(section.slug(), index,
                    members, PrintDocument.of(index, members, path.substring(0, path.lastIndexOf('/')), kept)));
        }
    }

    /**
     * A print page: in a build of its own written as its template runs, a page's print form at a time; in
     * {@code quod serve} kept whole while what it is made from is the same.
     */
    private void print(Templates templates, Files files, String path, List<Object> inputs,
                       Supplier<Map<String, Object>> model) throws IOException {
        if (kept == Kept.NONE) {
            try (Writer out = files.open(path)) {
                templates.render("print.ftlh", model.get(), out);
            }
        } else {
            files.put(path, kept.keep(path, inputs, () -> templates.render("print.ftlh", model.get())));
        }
    }

    /** The theme's templates, read once a build for all the files they make. */
    private Templates templates() {
        if (templates == null) {
            templates = new Templates(theme);
        }
        return templates;
    }

    private List<String> stamp() {
        try {
            return theme.stamp();
        } catch (IOException e) {
            throw new QuodException(Diagnostic.error(theme.display(), "cannot read the templates folder: " + e.getMessage()));
        }
    }
}
