package quod.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import quod.search.WarmLunr;

/**
 * What one build of {@code quod serve} hands the next, so that a save re-does only what it affects: each
 * page's parse, kept while its file is unchanged; each page's HTML, kept while everything it was made from
 * is unchanged (its file, the site's configuration, the numbers of the equations it can see, which pages the
 * site has); each file the templates made, kept while its template's inputs are unchanged; and the served
 * folder, where only changed files are written. A page keeps the messages its parse and render gave, and
 * they are given again while it is kept. The math engine is kept warm separately
 * ({@link quod.math.WarmEngine}); computations are cached on disk by {@code ResultCache}.
 * One build at a time uses it.
 */
public final class BuildMemo implements Kept {
    /** What a build made, with everything it was made from. */
    private record Made(Object inputs, Object value) { }

    private final ServedTree served;
    /** lunr, kept warm from build to build: the search index is built again after every edit. */
    private final WarmLunr lunr = new WarmLunr();
    private Map<String, Made> made = new HashMap<>();
    private final Map<String, Made> next = new HashMap<>();
    /** The keys whose value this build took from the build before. */
    private final Set<String> taken = new HashSet<>();

    /** @param folder an empty folder of the server's own, which builds update and the server serves */
    public BuildMemo(Path folder) {
        this.served = new ServedTree(folder);
    }

    public ServedTree served() {
        return served;
    }

    /** lunr kept across builds; closed by whoever owns the builds, on their thread. */
    public WarmLunr lunr() {
        return lunr;
    }

    /** The key under which a build keeps a page's HTML. */
    static String pageHtml(String slug) {
        return "html:" + slug;
    }

    /** How many pages the last build took whole from the build before (their HTML, and so their parse). */
    public int reusedPages() {
        return (int) taken.stream().filter(k -> k.startsWith(pageHtml(""))).count();
    }

    /** How many pages' computations the last build took from the build before (not even reading the cache). */
    int reusedComputations() {
        return (int) taken.stream().filter(k -> k.startsWith(COMPUTED)).count();
    }

    /** The prefix of the keys under which a build keeps a page's computations. */
    static final String COMPUTED = "compute:";

    @Override
    @SuppressWarnings("unchecked")
    public <T> T keep(String key, Object inputs, Supplier<T> make) {
        Made m = made.get(key);
        if (m != null && m.inputs().equals(inputs)) {
            taken.add(key);
        } else {
            m = new Made(inputs, make.get());
        }
        next.put(key, m);
        return (T) m.value();
    }

    /** Starts a build: what it does not use again is forgotten when it {@link #finish}es. */
    void start() {
        next.clear();
        taken.clear();
    }

    /**
     * Ends a build. A good one leaves only what it used (a page deleted or renamed is forgotten); a failed
     * one keeps what it made too, and the pages it did not reach keep what they had.
     */
    void finish(boolean succeeded) {
        if (succeeded) {
            made = new HashMap<>(next);
        } else {
            made.putAll(next);
        }
    }
}
