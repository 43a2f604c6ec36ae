import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import quod.compute.ComputeStage;
import quod.compute.language.Directive;
import quod.compute.output.ComputedPage;
import quod.compute.runtime.DirectiveRun;
import quod.compute.runtime.PageOptions;
import quod.config.SiteConfig;
import quod.config.SiteConfigLoader;
import quod.content.ContentLoader;
import quod.content.Page;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;
import quod.markdown.MarkdownRenderer;

/**
 * How long the compute stage takes. Two benches, run with bench/compute.sh; not unit tests, because
 * timings depend on the machine.
 *
 * <p>{@code synthetic [runs] [warmup]}: a typical heavy page (a 100x100 SVD, a 50-step recurrent loop
 * and 20 checks) and a page that is one 20,000-step loop, slow only if statements were compiled anew
 * on every step. Median of N timed runs after warm-up, in this JVM.
 *
 * <p>{@code site [content] [fresh] [runs] [warmup]}: the site's own pages, loaded and parsed as the
 * build does, then computed block by block. "First run" is what a cold build pays: each of
 * {@code fresh} child JVMs, started with the settings bin/quod uses for a small site (serial GC, C1
 * only), parses every page and times the first and only compute of each block, wall and process CPU
 * (the JIT's threads included); the median over the children is printed. "Warm" is the median of
 * {@code runs} computes of each page after {@code warmup}, in this JVM.
 */
public final class ComputeBench {
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "synthetic";
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (mode) {
            case "synthetic" -> synthetic(rest);
            case "site" -> site(rest);
            case "site-once" -> siteOnce(Path.of(rest[0]));
            default -> throw new IllegalArgumentException("modes: synthetic [runs] [warmup] | site [content] [fresh] [runs] [warmup]");
        }
    }

    // ---- the default site, block by block ----

    /** One page of the site, ready to compute: its source, options and directives as parsed. */
    private record SitePage(SourceText source, PageOptions options, List<Directive> directives) { }

    private static List<SitePage> load(Path content) {
        Diagnostics d = new Diagnostics();
        ContentLoader.Content loaded = new ContentLoader(content, content.toString()).load(d);
        SiteConfig config = loaded.config() == null ? SiteConfig.defaults()
                : new SiteConfigLoader().load(loaded.config()).config();
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<SitePage> pages = new ArrayList<>();
        for (Page p : loaded.pages()) {
            var front = p.front();
            PageOptions options = new PageOptions(front.seed() != null ? front.seed() : PageOptions.DEFAULT_SEED,
                    front.precision() != null ? front.precision() : config.precision(),
                    front.maxMatrix() != null ? front.maxMatrix() : config.maxMatrix(), config.limits());
            List<Directive> directives = markdown.parse(new SourceText(p.source().name(), p.body()), d).directives().all();
            pages.add(new SitePage(p.source(), options, directives));
        }
        if (d.hasErrors()) {
            throw new IllegalStateException("the site has errors: " + d.sorted());
        }
        return pages;
    }

    /** Labels of what is timed: "page.md:line" for a block, "page.md values" for its inline values. */
    private static String label(SitePage page, Directive d) {
        String name = Path.of(page.source().name()).getFileName().toString();
        return d instanceof Directive.Block b ? name + ":" + b.fenceLine() : name + " values";
    }

    /**
     * Computes a page one directive at a time on one {@link DirectiveRun} (it keeps the page's scope
     * between runs, as its own loop over the directives does), adding each one's nanoseconds of wall
     * and CPU time to {@code wall} and {@code cpu} under its label.
     */
    private static void computeTimed(SitePage page, Map<String, Long> wall, Map<String, Long> cpu) {
        List<Diagnostic> found = new ArrayList<>();
        DirectiveRun run = new DirectiveRun(page.source(), page.options(), found, System::nanoTime);
        for (Directive d : page.directives()) {
            long cpu0 = processCpu();
            long start = System.nanoTime();
            run.run(List.of(d));
            long elapsed = System.nanoTime() - start;
            long cpuElapsed = processCpu() - cpu0;
            wall.merge(label(page, d), elapsed, Long::sum);
            cpu.merge(label(page, d), cpuElapsed, Long::sum);
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException(page.source().name() + " has errors: " + found);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Child: one cold compute of every page; prints "wall-nanos cpu-nanos label" per directive group. */
    private static void siteOnce(Path content) {
        List<SitePage> pages = load(content);
        Map<String, Long> wall = new LinkedHashMap<>();
        Map<String, Long> cpu = new LinkedHashMap<>();
        long cpu0 = processCpu();
        long start = System.nanoTime();
        for (SitePage p : pages) {
            computeTimed(p, wall, cpu);
        }
        wall.put("(whole compute stage)", System.nanoTime() - start);
        cpu.put("(whole compute stage)", processCpu() - cpu0);
        wall.forEach((k, v) -> System.out.println(v + " " + cpu.get(k) + " " + k));
    }

    private static void site(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        int fresh = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;

        Map<String, List<long[]>> cold = new LinkedHashMap<>();
        for (int i = 0; i < fresh; i++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "ComputeBench", "site-once", content.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String[] parts = line.split(" ", 3);
                    cold.computeIfAbsent(parts[2], k -> new ArrayList<>())
                            .add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
                }
            }
            if (child.waitFor() != 0) {
                throw new IllegalStateException("the child JVM failed");
            }
        }

        List<SitePage> pages = load(content);
        Map<String, List<Long>> warm = new LinkedHashMap<>();
        for (int i = -warmup; i < runs; i++) {
            Map<String, Long> wall = new LinkedHashMap<>();
            long start = System.nanoTime();
            for (SitePage p : pages) {
                computeTimed(p, wall, new LinkedHashMap<>());
            }
            wall.put("(whole compute stage)", System.nanoTime() - start);
            if (i >= 0) {
                wall.forEach((k, v) -> warm.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
        }

        System.out.printf(Locale.ROOT, "compute stage of %s: first run in %d fresh JVMs (serial GC, C1 only), median;"
                + " warm: median of %d after %d warm-up runs (this JVM)%n", content, fresh, runs, warmup);
        System.out.printf(Locale.ROOT, "%-40s %12s %12s %10s%n", "block", "cold wall ms", "cold cpu ms", "warm ms");
        for (var e : cold.entrySet()) {
            double coldWall = median(e.getValue().stream().mapToLong(t -> t[0]).toArray());
            double coldCpu = median(e.getValue().stream().mapToLong(t -> t[1]).toArray());
            double warmWall = median(warm.getOrDefault(e.getKey(), List.of()).stream().mapToLong(Long::longValue).toArray());
            if (coldWall >= 1 || e.getKey().startsWith("(")) {
                System.out.printf(Locale.ROOT, "%-40s %12.1f %12.1f %10.1f%n", e.getKey(), coldWall, coldCpu, warmWall);
            }
        }
        System.out.println("(blocks and values under 1 ms cold are not listed)");
    }

    private static double median(long[] nanos) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    // ---- synthetic pages ----

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

    private static void synthetic(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Timing heavy = time(page(), runs, warmup);
        System.out.printf(Locale.ROOT, "compute stage, page with 100x100 SVD + 50-step loop + 20 checks + plot%n");
        System.out.printf(Locale.ROOT, "runs=%d warmup=%d median=%.2f ms min=%.2f ms max=%.2f ms checks=%d%n",
                runs, warmup, heavy.median(), heavy.min(), heavy.max(), heavy.checks());
        // Fewer runs: one is some 10^5 statements. Recompiling per step was ~10x slower than this.
        int loopRuns = Math.max(1, runs / 4);
        Timing loop = time(loopPage(), loopRuns, Math.max(1, warmup / 4));
        System.out.printf(Locale.ROOT, "compute stage, one 20000-step loop (statements compile once)%n");
        System.out.printf(Locale.ROOT, "runs=%d median=%.2f ms min=%.2f ms max=%.2f ms checks=%d%n",
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
