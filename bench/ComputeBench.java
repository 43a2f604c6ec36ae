import java.util.Arrays;
import quod.compute.ComputeStage;
import quod.compute.ComputedPage;
import quod.compute.PageOptions;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/**
 * How long the compute stage takes on a typical heavy page: a 100x100 SVD, a 50-step recurrent
 * loop and 20 checks. Prints the median of N timed runs after warm-up (no cache). Run with
 * bench/compute.sh; not a unit test, because timings depend on the machine.
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

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String body = page();
        SourceText file = new SourceText("bench.md", body);
        long[] times = new long[runs];
        ComputedPage last = null;
        for (int i = -warmup; i < runs; i++) {
            Diagnostics d = new Diagnostics();
            long start = System.nanoTime();
            last = new ComputeStage(null).run(file, body, PageOptions.defaults(), d);
            long elapsed = System.nanoTime() - start;
            if (d.hasErrors()) {
                throw new IllegalStateException("bench page has errors: " + d.sorted());
            }
            if (i >= 0) {
                times[i] = elapsed;
            }
        }
        Arrays.sort(times);
        System.out.printf(java.util.Locale.ROOT, "compute stage, page with 100x100 SVD + 50-step loop + 20 checks + plot%n");
        System.out.printf(java.util.Locale.ROOT, "runs=%d warmup=%d median=%.2f ms min=%.2f ms max=%.2f ms checks=%d%n",
                runs, warmup, times[runs / 2] / 1e6, times[0] / 1e6, times[runs - 1] / 1e6, last.checksPassed());
    }
}
