package quod.math;

import java.util.function.Function;

/**
 * One math engine kept across the builds of a long-lived process ({@code quod serve}), so only the first
 * build pays for starting V8 and loading KaTeX. Builds borrow it through {@link #lend}; their
 * {@code close()} of what they borrowed does nothing, and the engine is closed with this owner.
 *
 * <p>The engine holds no state of a build: KaTeX is handed each formula's settings with the formula
 * (macros included, parsed afresh each time), so one build's {@code \gdef} cannot reach the next. A
 * build with other settings (site.yml's macros or trust changed) gets a new engine, because the engine
 * reads its settings when it starts. Builds must run one at a time and on one thread: V8 isolates are
 * per thread.
 */
public final class WarmEngine implements AutoCloseable {
    private final Function<KatexOptions, MathEngine> starter;
    private MathEngine engine;
    private KatexOptions options;
    private boolean closed;

    /** @param starter starts an engine, e.g. {@code KatexJavetEngine::start} */
    public WarmEngine(Function<KatexOptions, MathEngine> starter) {
        this.starter = starter;
    }

    /** The kept engine, started for {@code wanted} (or restarted, when the settings changed). */
    public synchronized MathEngine lend(KatexOptions wanted) {
        if (closed) {
            throw new IllegalStateException("the math engine was closed");
        }
        if (engine == null || !wanted.equals(options)) {
            discard();
            engine = starter.apply(wanted);
            options = wanted;
        }
        MathEngine kept = engine;
        return new MathEngine() {
            @Override
            public RenderedTex render(String tex, boolean display) throws TexError {
                return kept.render(tex, display);
            }

            @Override
            public void close() {
                // the owner closes it
            }
        };
    }

    /**
     * Closes the engine and starts a new one on the next {@link #lend}: after a build that ended in an
     * exception, the engine may be half way through something.
     */
    public synchronized void discard() {
        if (engine != null) {
            engine.close();
            engine = null;
            options = null;
        }
    }

    @Override
    public synchronized void close() {
        discard();
        closed = true;
    }
}
