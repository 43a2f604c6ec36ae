package quod.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import quod.QuodVersion;
import quod.config.SiteConfig;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.QuodException;
import quod.render.SiteModel.PageEntry;
import quod.render.Theme;
import quod.search.SearchIndex;

/**
 * The last stage of the pipeline: writes the templated files, the content folder's files and the assets, checks
 * every link, and commits the site unless that found errors (a build of its own swaps a staged folder in;
 * {@code quod serve} updates the folder it serves, in two steps, see {@link Published}).
 */
final class WriteStage {
    private final BuildOptions options;
    /** What the build before left, in {@code quod serve}; null for a build of its own. */
    private final BuildMemo memo;
    private final Kept kept;
    private final QuodVersion version;
    private final Theme theme;
    private final Consumer<Published> published;
    private final Predicate<Diagnostics> failsBuild;

    WriteStage(BuildOptions options, BuildMemo memo, QuodVersion version, Theme theme, Consumer<Published> published,
               Predicate<Diagnostics> failsBuild) {
        this.options = options;
        this.memo = memo;
        this.kept = memo != null ? memo : Kept.NONE;
        this.version = version;
        this.theme = theme;
        this.published = published;
        this.failsBuild = failsBuild;
    }

    /**
     * Stages the site, checks its links, and puts it in place unless that found errors. The templated files are
     * written as they are made, and of each HTML file only what the link checker needs is kept. In {@code quod
     * serve}, once a site is served, the print pages and the search index are left for after the commit of the
     * rest (and committed after it), unless a link checked needs a print page as it is now.
     */
    boolean write(OutputFolder folder, SiteConfig config, TemplateStage templates, List<PageEntry> rendered,
                  List<Path> contentFiles, Map<String, LinkChecker.Source> sources, List<String> drafts,
                  Supplier<SearchIndex.Built> search, Diagnostics diagnostics, StageTimes time) {
        Set<String> later = new HashSet<>();
        if (memo != null && memo.served().hasSite()) {
            later.addAll(templates.printPaths());
            later.add(SearchIndex.PATH);
            later.addAll(SearchIndex.assets().keySet());
        } else {
            search.get();  // in pipeline order, before the templates
        }
        try (SiteWriter out = memo != null ? memo.served().begin(later) : OutputTree.beside(folder.target(), config.keptPaths())) {
            Map<String, LinkChecker.Facts> facts = new HashMap<>();
            Set<String> html = new HashSet<>();
            TemplateStage.Files files = templatedFiles(out, facts, html);
            time.time("templates", () -> templates.pages(rendered, files));
            if (later.isEmpty()) {
                slowFiles(out, templates, rendered, files, search, time);
            } else {
                html.addAll(templates.printPaths());  // in the site, if not yet rewritten
            }
            time.time("write", () -> copyFiles(out, theme, contentFiles, diagnostics));
            Set<String> readLater = new HashSet<>();
            Supplier<LinkChecker> checker = () -> new LinkChecker(html, path -> {
                if (later.contains(path)) {
                    readLater.add(path);
                }
                return facts.containsKey(path) ? facts.get(path) : factsOf(out, path);
            }, out::exists, drafts);
            List<Diagnostic> broken = time.time("write", () -> checker.get().check(sources, theme.display()));
            if (!readLater.isEmpty()) {  // a link into a print page: check it against the print page of this build
                later.clear();
                slowFiles(out, templates, rendered, files, search, time);
                broken = time.time("write", () -> checker.get().check(sources, theme.display()));
            }
            diagnostics.addAll(broken);
            if (failsBuild.test(diagnostics)) {
                return false;
            }
            time.time("write", () -> out.commit(OutputMarker.finished(version.quod(), SiteBuild.display(options.source()))));
        } catch (IOException e) {
            throw new QuodException(Diagnostic.error(SiteBuild.display(options.out()),
                    "cannot write the site: " + e.getMessage()));
        }
        if (memo != null) {
            published.accept(new Published(memo.served().lastChanged(), false));
        }
        if (!later.isEmpty()) {
            try (SiteWriter out = memo.served().update(later)) {
                slowFiles(out, templates, rendered, templatedFiles(out, new HashMap<>(), new HashSet<>()), search, time);
                out.commit(null);
            } catch (IOException e) {
                throw new QuodException(Diagnostic.error(SiteBuild.display(options.out()),
                        "cannot write the site: " + e.getMessage()));
            }
            published.accept(new Published(memo.served().lastChanged(), true));
        }
        return true;
    }

    /** The files that take long to make and that no other page needs to be shown: the print pages, the search index. */
    private static void slowFiles(SiteWriter out, TemplateStage templates, List<PageEntry> rendered, TemplateStage.Files files,
                                  Supplier<SearchIndex.Built> search, StageTimes time) throws IOException {
        time.time("templates", () -> templates.printPages(rendered, files));
        if (search.get().script().isPresent()) {
            out.write(SearchIndex.PATH, search.get().script().get());
            for (var asset : SearchIndex.assets().entrySet()) {
                out.write(asset.getKey(), asset.getValue());
            }
        }
    }

    /** Where the templates' files go: into {@code out}, noting each HTML file and what the link checker needs of it. */
    private TemplateStage.Files templatedFiles(SiteWriter out, Map<String, LinkChecker.Facts> facts, Set<String> html) {
        return new TemplateStage.Files() {
            @Override
            public void put(String path, String text) throws IOException {
                out.write(path, text);
                if (path.endsWith(".html")) {
                    html.add(path);
                    if (!path.equals(PrintDocument.PATH) && !path.endsWith("/" + PrintDocument.PATH)) {  // read if linked into
                        facts.put(path, kept.keep("links:" + path, text, () -> LinkChecker.Facts.of(text)));
                    }
                }
            }

            @Override
            public Writer open(String path) throws IOException {
                html.add(path);
                return out.open(path);
            }
        };
    }

    private static LinkChecker.Facts factsOf(SiteWriter out, String path) {
        try {
            return LinkChecker.Facts.of(out.read(path));
        } catch (IOException e) {
            throw new QuodException(Diagnostic.error(path, "cannot read back the file just written: " + e.getMessage()));
        }
    }

    /** The content folder's files, the theme's assets and KaTeX's. */
    private void copyFiles(SiteWriter out, Theme theme, List<Path> contentFiles, Diagnostics diagnostics) throws IOException {
        for (Path rel : contentFiles) {
            out.copy(options.source().resolve(rel), rel.toString().replace('\\', '/'));
        }
        for (String asset : theme.bundledAssets()) {
            try (InputStream in = theme.openBundledAsset(asset)) {
                out.write("assets/" + asset, in);
            }
        }
        if (theme.folder() != null) { // the site's own assets replace bundled ones of the same name
            for (String link : out.copyTree(theme.folder().resolve("assets"), "assets")) {
                diagnostics.add(Diagnostic.error(theme.display() + "/assets/" + link,
                        "links to a file outside the assets folder; a theme may only publish its own files"));
            }
        }
        new KatexAssets(version.katex(), kept).copy(out, options.mathMode() == BuildOptions.MathMode.CLIENT);
    }
}
