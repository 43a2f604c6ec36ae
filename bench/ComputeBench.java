import java.util.Arrays;
import java.util.List;
import quod.compute.ComputeStage;
import quod.compute.ComputedPage;
import quod.compute.Directive;
import quod.compute.PageOptions;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.markdown.MarkdownRenderer;

/**
 * How long the compute stage takes on a typical heavy page: a 100x100 SVD, a 50-step recurrent
 * loop and 20 checks; and on a page that is one 20,000-step loop, which is slow only if statements
 * were compiled anew on every step. Prints the median of N timed runs after warm-up (no cache). Run
 * with bench/compute.sh; not a unit test, because timings depend on the machine.
 */
public final class ComputeBench {
    private static String page() {
        StringBuilder b = new StringBuilder("# Bench\n\n```compute\n");
        b.append("X = randn(100, 100)\n");
        b.append("[U, S, V] = svd(X)\n");
        b.append("check normF(U*S*V' - X) < 1e-9\n");
        b.append("W = randorth(20) * 0.9\n");
        b.append("h = ones(20, 1)\n");
        b.append("g = zeros(50, 1)\n");
        b.append("for t = 0:49\n  h = tanh(W*h + 0.1*randn(20, 1))\n  g(t) = norm2(h)\nend\n");
        for (int i = 0; i < 19; i++) {
            b.append("check g(").append(i).append(") < 100\n");
        }
        b.append("show S(0:2, 0:2)\n```\n\nThe largest singular value is {{ S(0, 0) | .3f }}.\n\n");
        b.append("```plot\ny: g\nyscale: log\n```\n");
        return b.toString();
    }

    /** 20,000 steps of a 20-unit recurrence: the loop statements must compile once, not per step. */
    private static String loopPage() {
        return "# Loop\n\n```compute\nW = 0.5*eye(20)\nh = ones(20, 1)\nfor t = 0:19999\n"
                + "  h = tanh(W*h + 0.1)\nend\ncheck abs(h(0) - 0.195) < 0.001\n```\n";
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Timing heavy = time(page(), runs, warmup);
        System.out.printf(java.util.Locale.ROOT, "compute stage, page with 100x100 SVD + 50-step loop + 20 checks + plot%n");
        System.out.printf(java.util.Locale.ROOT, "runs=%d warmup=%d median=%.2f ms min=%.2f ms max=%.2f ms checks=%d%n",
                runs, warmup, heavy.median(), heavy.min(), heavy.max(), heavy.checks());
        // Fewer runs: one is some 10^5 statements. Recompiling per step was ~10x slower than this.
        int loopRuns = Math.max(1, runs / 4);
        Timing loop = time(loopPage(), loopRuns, Math.max(1, warmup / 4));
        System.out.printf(java.util.Locale.ROOT, "compute stage, one 20000-step loop (statements compile once)%n");
        System.out.printf(java.util.Locale.ROOT, "runs=%d median=%.2f ms min=%.2f ms max=%.2f ms checks=%d%n",
                loopRuns, loop.median(), loop.min(), loop.max(), loop.checks());
    }

    private record Timing(double median, double min, double max, int checks) { }

    private static Timing time(String body, int runs, int warmup) {
        SourceText file = new SourceText("bench.md", body);
        // Parsing is the Markdown stage's cost, not the compute stage's: once, outside the timing.
        List<Directive> directives = new MarkdownRenderer().parse(file, new Diagnostics()).directives().all();
        long[] times = new long[runs];
        ComputedPage last = null;
        for (int i = -warmup; i < runs; i++) {
            Diagnostics d = new Diagnostics();
            long start = System.nanoTime();
            last = new ComputeStage(null).run(file, directives, PageOptions.defaults(), d);
            long elapsed = System.nanoTime() - start;
            if (d.hasErrors()) {
                throw new IllegalStateException("bench page has errors: " + d.sorted());
            }
            if (i >= 0) {
                times[i] = elapsed;
            }
        }
        Arrays.sort(times);
        return new Timing(times[runs / 2] / 1e6, times[0] / 1e6, times[runs - 1] / 1e6, last.checksPassed());
    }
}
