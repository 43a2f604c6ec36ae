package quod.math;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import quod.diagnostics.Diagnostics;
import quod.html.Html;

/**
 * Build-time rendering: formulas become KaTeX HTML+MathML in the page, so readers need no JavaScript.
 * The engine is started only on the first cache miss, so a fully cached build never starts V8.
 */
public final class ServerMathRenderer implements MathRenderer, AutoCloseable {
    private final FormulaCache cache;
    private final Supplier<MathEngine> engineFactory;
    private MathEngine engine;
    private int formulas;
    private int fromCache;
    /** Keys this build rendered and cached: meeting one again is a repeat, not a formula from the cache. */
    private final Set<String> renderedNow = new HashSet<>();

    public ServerMathRenderer(FormulaCache cache, Supplier<MathEngine> engineFactory) {
        this.cache = cache;
        this.engineFactory = engineFactory;
    }

    @Override
    public synchronized String render(Formula formula, Diagnostics diagnostics) {
        formulas++;
        String key = cache.key(formula.tex(), formula.display());
        String cached = cache.get(key);
        if (cached != null) {
            if (!renderedNow.contains(key)) {
                fromCache++;
            }
            return cached;
        }
        if (engine == null) {
            engine = engineFactory.get();
        }
        try {
            RenderedTex rendered = engine.render(formula.tex(), formula.display());
            if (rendered.untrusted().isEmpty()) {
                cache.put(key, rendered.html());
                renderedNow.add(key);
            } else {
                // not cached: a later build must warn again, and only rendering can tell it to
                diagnostics.addAll(TexErrors.untrusted(formula, rendered.untrusted()));
            }
            return rendered.html();
        } catch (TexError e) {
            diagnostics.add(TexErrors.toDiagnostic(formula, e));
            return "<span class=\"math-error\">" + Html.escape(formula.tex()) + "</span>";
        }
    }

    @Override
    public synchronized MathStats stats() {
        return new MathStats(formulas, fromCache);
    }

    /** Whether the JavaScript engine was started during this build (it is not, when all was cached). */
    public synchronized boolean engineStarted() {
        return engine != null;
    }

    /** Stops the engine and keeps what this build rendered for the next one. */
    @Override
    public synchronized void close() {
        cache.save();
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
