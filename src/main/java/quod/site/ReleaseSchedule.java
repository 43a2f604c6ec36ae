package quod.site;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import quod.config.SiteConfig;
import quod.config.SiteConfigLoader;
import quod.content.ContentLoader;
import quod.content.Page;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.edition.EditionRules;
import quod.edition.ReleaseDate;
import quod.markdown.MarkdownRenderer;
import quod.markdown.ParsedPage;

/**
 * Every solution, answer and hint of a site that has a release date, read from the sources as a build reads
 * them (so a bad date is the same message at the same place), for {@code quod releases}.
 *
 * @param entries     in order of release (never-released ones last), then by file and line
 * @param rules       the site's time zone and the instant taken for now
 * @param diagnostics what was wrong with the sources; the schedule is incomplete when one is an error
 */
public record ReleaseSchedule(List<Entry> entries, EditionRules rules, List<Diagnostic> diagnostics) {

    /**
     * One scheduled part.
     *
     * @param instant when students see it; null for {@code never}
     */
    public record Entry(String file, int line, int column, String kind, ReleaseDate release, Instant instant) { }

    public static ReleaseSchedule read(Path source, Instant now) {
        Diagnostics diagnostics = new Diagnostics();
        var content = new ContentLoader(source, SiteBuild.display(source)).load(diagnostics);
        SiteConfig config = SiteConfig.defaults();
        if (content.config() != null) {
            var loaded = new SiteConfigLoader().load(content.config());
            diagnostics.addAll(loaded.problems());
            config = loaded.config();
        }
        ZoneId zone = config.timezone();
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<Entry> entries = new ArrayList<>();
        for (Page page : content.pages()) {
            ParsedPage parsed = markdown.parse(new SourceText(page.source().name(), page.body()), diagnostics);
            for (ParsedPage.Scheduled s : parsed.scheduled(page.front().release())) {
                entries.add(new Entry(page.source().name(), s.line(), s.column(), s.kind(), s.release(), s.release().instant(zone)));
            }
        }
        entries.sort(Comparator.comparing(Entry::instant, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::file).thenComparingInt(Entry::line));
        return new ReleaseSchedule(List.copyOf(entries), new EditionRules(config.edition(), now, zone), diagnostics.sorted());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The first release after now, or null. */
    public Entry next() {
        return entries.stream().filter(e -> e.instant() != null && e.instant().isAfter(rules.now())).findFirst().orElse(null);
    }

    /** The releases in the window {@code (now - window, now]}: what a build now shows that one a window ago did not. */
    public List<Entry> passedWithin(Duration window) {
        Instant from = rules.now().minus(window);
        return entries.stream().filter(e -> e.instant() != null && e.instant().isAfter(from)
                && !e.instant().isAfter(rules.now())).toList();
    }

    /** One line of the listing: where, what, when (in the site's zone), and whether students see it now. */
    public String line(Entry e) {
        String when = e.instant() == null ? "never" : rules.shown(e.release());
        String state = e.instant() == null ? "not released" : rules.released(e.release()) ? "released" : "scheduled";
        return String.format("%s:%d:%d: %-8s %-24s %s", e.file(), e.line(), e.column(), e.kind(), when, state);
    }
}
