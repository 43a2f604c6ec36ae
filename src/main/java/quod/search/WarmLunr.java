package quod.search;

import java.nio.file.Path;

/**
 * lunr in V8, kept across the builds of {@code quod serve}: only the first build that indexes starts V8 and
 * loads lunr (a third of a second), as {@link quod.math.WarmEngine} keeps KaTeX's. lunr keeps nothing of an
 * index it built. Builds must run one at a time, on the thread that closes this.
 */
public final class WarmLunr implements AutoCloseable {
    private LunrEngine engine;

    /** The kept engine, started on first use. */
    LunrEngine lend(Path nativeFolder) {
        if (engine == null) {
            engine = LunrEngine.start(nativeFolder);
        }
        return engine;
    }

    /** Closes the engine; the next use starts another (after a build that failed half way, say). */
    @Override
    public void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
