package quod.compute;

import quod.compute.language.Directive;
import quod.compute.language.LatexLabel;
import quod.compute.output.ComputeOutput;
import quod.compute.output.ComputedPage;
import quod.compute.runtime.DirectiveRun;
import quod.compute.runtime.PageOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/**
 * The compute stage of the pipeline: runs a page's {@code compute} and {@code plot} blocks and
 * substitutes its inline values, reporting every mistake as a diagnostic. Results of pages that ran
 * without diagnostics are cached on disk when a cache folder is given. Holds no state shared between
 * instances, so two builds in one JVM do not see each other.
 *
 * <p>What a page's results hold is data, not HTML (see {@link ComputeOutput}): {@code show} gives
 * {@link ComputeOutput.DisplayMath} {@code label = value} (the default label is the expression as LaTeX,
 * see {@link LatexLabel}; matrices are {@code bmatrix}), a passed check gives
 * {@link ComputeOutput.CheckPassed} and a {@link quod.compute.output.CheckReport} of how close it came
 * to failing, and a plot gives {@link ComputeOutput.Plot} with its series. The render stage
 * ({@code quod.markdown}) decides how each looks.
 */
public final class ComputeStage {
    private final ResultCache cache;
    private final String engineVersion;
    private final LongSupplier clock;
    private int pagesComputed;

    /** @param cacheDirOrNull folder for cached results, or null for no cache */
    public ComputeStage(Path cacheDirOrNull) {
        this(cacheDirOrNull, ResultCache.ENGINE_VERSION);
    }

    /** For tests: an engine version other than the real one gets its own cache entries. */
    ComputeStage(Path cacheDirOrNull, String engineVersion) {
        this(cacheDirOrNull, engineVersion, System::nanoTime);
    }

    /** For tests: a clock (nanoseconds) the test drives, to run out a page's time budget deterministically. */
    ComputeStage(Path cacheDirOrNull, String engineVersion, LongSupplier clock) {
        this.cache = cacheDirOrNull == null ? null : new ResultCache(cacheDirOrNull);
        this.engineVersion = engineVersion;
        this.clock = clock;
    }

    /**
     * Runs one page's directives, in document order as the Markdown parser found them; the result lists
     * the outputs of the blocks and the values in that order.
     */
    public ComputedPage run(SourceText file, List<Directive> directives, PageOptions options, Diagnostics diagnostics) {
        String key = cache == null ? null : cache.key(directives, options, engineVersion);
        if (cache != null) {
            Optional<ComputedPage> cached = cache.load(key);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        List<Diagnostic> found = new ArrayList<>();
        ComputedPage page = new DirectiveRun(file, options, found, clock).run(directives);
        synchronized (this) {
            pagesComputed++;
        }
        diagnostics.addAll(found);
        if (cache != null && found.isEmpty()) {
            cache.store(key, page);
        }
        return page;
    }

    /** How many pages this instance computed rather than read from the cache. */
    synchronized int pagesComputed() {
        return pagesComputed;
    }
}
