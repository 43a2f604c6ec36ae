package quod.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import quod.diagnostics.Diagnostic;
import quod.markdown.ParsedPage;
import quod.markdown.RenderedPage;

/**
 * What one build of {@code quod serve} hands the next, so that a save re-does only what it affects: each
 * page's parse, kept while its file is unchanged; each page's HTML, kept while everything it was made from
 * is unchanged (its file, the site's configuration, the numbers of the site's equations, which pages the
 * site has); each file the templates made, kept while its template's inputs are unchanged; and the served
 * folder, where only changed files are written. A page keeps the messages its parse and render gave, and
 * they are given again while it is kept. The math engine is kept warm separately
 * ({@link quod.math.WarmEngine}); computations are cached on disk by {@code ResultCache}.
 * One build at a time uses it.
 */
public final class BuildMemo implements Kept {
    /** A page's parse, for its file's name and text. */
    record Parse(String name, String text, ParsedPage page, List<Diagnostic> diagnostics) { }

    /** A page's HTML, for everything it was made from ({@code inputs}), with how many formulas it holds. */
    record Render(Object inputs, RenderedPage page, List<Diagnostic> diagnostics, int formulas) { }

    /** Anything else a build made ({@link Kept}): a file the templates made, a page rewritten for the print page. */
    private record Made(Object inputs, Object value) { }

    private final ServedTree served;
    private Map<String, Parse> parses = new HashMap<>();
    private Map<String, Render> renders = new HashMap<>();
    private Map<String, Made> made = new HashMap<>();
    private final Map<String, Parse> nextParses = new HashMap<>();
    private final Map<String, Render> nextRenders = new HashMap<>();
    private final Map<String, Made> nextMade = new HashMap<>();
    private int reused;

    /** @param folder an empty folder of the server's own, which builds update and the server serves */
    public BuildMemo(Path folder) {
        this.served = new ServedTree(folder);
    }

    public ServedTree served() {
        return served;
    }

    /** How many pages the last build took whole from the build before (parse and HTML). */
    public int reusedPages() {
        return reused;
    }

    Parse parse(String slug, String name, String text) {
        Parse p = parses.get(slug);
        Parse kept = p != null && p.name().equals(name) && p.text().equals(text) ? p : null;
        return remember(nextParses, slug, kept);
    }

    void parsed(String slug, Parse parse) {
        nextParses.put(slug, parse);
    }

    Render render(String slug, Object inputs) {
        Render r = renders.get(slug);
        Render kept = r != null && r.inputs().equals(inputs) ? r : null;
        if (kept != null) {
            reused++;
        }
        return remember(nextRenders, slug, kept);
    }

    void rendered(String slug, Render render) {
        nextRenders.put(slug, render);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T keep(String key, Object inputs, Supplier<T> make) {
        Made m = made.get(key);
        if (m == null || !m.inputs().equals(inputs)) {
            m = new Made(inputs, make.get());
        }
        nextMade.put(key, m);
        return (T) m.value();
    }

    /** Starts a build: what it does not use again is forgotten when it {@link #finish}es. */
    void start() {
        nextParses.clear();
        nextRenders.clear();
        nextMade.clear();
        reused = 0;
    }

    /**
     * Ends a build. A good one leaves only what it used (a page deleted or renamed is forgotten); a failed
     * one keeps what it made too, and the pages it did not reach keep what they had.
     */
    void finish(boolean succeeded) {
        parses = succeeded ? new HashMap<>(nextParses) : merged(parses, nextParses);
        renders = succeeded ? new HashMap<>(nextRenders) : merged(renders, nextRenders);
        made = succeeded ? new HashMap<>(nextMade) : merged(made, nextMade);
    }

    private static <T> Map<String, T> merged(Map<String, T> before, Map<String, T> now) {
        Map<String, T> all = new HashMap<>(before);
        all.putAll(now);
        return all;
    }

    private static <T> T remember(Map<String, T> next, String key, T kept) {
        if (kept != null) {
            next.put(key, kept);
        }
        return kept;
    }
}
