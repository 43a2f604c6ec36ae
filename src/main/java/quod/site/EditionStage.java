package quod.site;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import quod.compute.language.Directive;
import quod.compute.output.ComputedPage;
import quod.config.SiteConfig;
import quod.content.Page;
import quod.edition.EditionRules;
import quod.markdown.LabelIndex;
import quod.markdown.HiddenParts;
import quod.markdown.PageEdition;
import quod.markdown.ParsedPage;
import quod.markdown.Redaction;

/**
 * Decides, between computing and rendering, what the edition being built leaves out of each page: the parts
 * not released yet or staff-only, and the results shown elsewhere that were computed from them. Checks have
 * run on the whole source by then, in every edition, so the staff key stays verified.
 */
final class EditionStage {
    private EditionStage() {
    }

    /** What the renderer needs about one page's edition. */
    record PageView(PageEdition edition, HiddenParts hidden, Redaction redaction) { }

    /** The build's edition (the command line's, else site.yml's), its now, and the site's time zone. */
    static EditionRules rules(BuildOptions options, SiteConfig config, Instant clock) {
        return new EditionRules(options.edition() != null ? options.edition() : config.edition(),
                options.now() != null ? options.now() : clock, config.timezone());
    }

    /**
     * Each page's view. A page that hides parts holding directives runs again without them ({@code publicRun},
     * whose messages are not the build's): what then comes out differently outside them depends on them.
     */
    static Map<String, PageView> views(List<Page> pages, Map<String, ParsedPage> parsed, Map<String, ComputedPage> computed,
                                       EditionRules rules, BiFunction<Page, List<Directive>, ComputedPage> publicRun,
                                       quod.diagnostics.Diagnostics diagnostics) {
        Map<String, PageView> views = new LinkedHashMap<>();
        for (Page page : pages) {
            ParsedPage p = parsed.get(page.slug());
            diagnostics.addAll(p.footnotesInHideableParts(page.front().release()));
            PageEdition edition = new PageEdition(rules, page.front().release());
            HiddenParts hidden = HiddenParts.of(p, edition);
            Redaction redaction = Redaction.NONE;
            List<Directive> shown = hidden.publicDirectives();
            if (shown.size() < p.directives().all().size() && computed.get(page.slug()) != null) {
                redaction = hidden.redaction(computed.get(page.slug()), publicRun.apply(page, shown));
            }
            views.put(page.slug(), new PageView(edition, hidden, redaction));
        }
        return views;
    }

    /** The site's labelled things with those of hidden parts unlinked. */
    static LabelIndex equations(LabelIndex all, Map<String, PageView> views) {
        Map<String, Set<String>> hidden = new TreeMap<>();
        views.forEach((slug, view) -> {
            Set<String> labels = view.hidden().labels();
            if (!labels.isEmpty()) {
                hidden.put(slug, labels);
            }
        });
        return hidden.isEmpty() ? all : all.withHidden(hidden);
    }
}
