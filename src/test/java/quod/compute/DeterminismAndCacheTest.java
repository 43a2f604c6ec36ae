package quod.compute;

import quod.compute.language.Directive;
import quod.compute.output.ComputeOutput;
import quod.compute.output.ComputedPage;
import quod.compute.runtime.PageOptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.diagnostics.Diagnostics;
import quod.SamplePages;
import quod.diagnostics.SourceText;

/** Same input, same output, across instances; and the on-disk cache returns it without recomputing. */
class DeterminismAndCacheTest {
    static final String PAGE = SamplePages.LOOP_AND_PLOT;

    private static java.util.List<Directive> directives(String body) {
        return new quod.markdown.MarkdownRenderer().parse(new SourceText("p.md", body), new Diagnostics()).directives().all();
    }

    private static ComputedPage run(ComputeStage stage, String body, PageOptions options) {
        Diagnostics d = new Diagnostics();
        ComputedPage page = stage.run(new SourceText("p.md", body), directives(body), options, d);
        assertThat(d.sorted()).isEmpty();
        return page;
    }

    @Test
    void samePageTwiceGivesIdenticalResultIncludingPlots() {
        ComputedPage a = run(new ComputeStage(null), PAGE, PageOptions.defaults());
        ComputedPage b = run(new ComputeStage(null), PAGE, PageOptions.defaults());
        assertThat(a).isEqualTo(b);
        assertThat(a.blocks().get(a.blocks().size() - 1)).singleElement().isInstanceOf(ComputeOutput.Plot.class);
    }

    @Test
    void theSeedChangesTheNumbers() {
        ComputedPage a = run(new ComputeStage(null), PAGE, PageOptions.defaults());
        ComputedPage b = run(new ComputeStage(null), PAGE, new PageOptions(1, 4));
        assertThat(a.values()).isNotEqualTo(b.values());
    }

    @Test
    void secondRunWithSameCacheIsReadNotComputed(@TempDir Path cache) {
        ComputeStage first = new ComputeStage(cache);
        ComputedPage computed = run(first, PAGE, PageOptions.defaults());
        assertThat(first.pagesComputed()).isEqualTo(1);

        ComputeStage second = new ComputeStage(cache);
        ComputedPage cached = run(second, PAGE, PageOptions.defaults());
        assertThat(second.pagesComputed()).isZero();
        assertThat(cached).isEqualTo(computed);
        // a check's label (and a check without one) comes back as it was
        assertThat(cached.blocks().get(0)).filteredOn(o -> o instanceof ComputeOutput.CheckPassed)
                .extracting(o -> ((ComputeOutput.CheckPassed) o).label())
                .containsExactly(null, "tanh keeps h in the unit cube");
    }

    @Test
    void cacheKeyCoversOptionsAndEngineVersion(@TempDir Path cache) {
        run(new ComputeStage(cache), PAGE, PageOptions.defaults());
        ComputeStage otherOptions = new ComputeStage(cache);
        run(otherOptions, PAGE, new PageOptions(PageOptions.DEFAULT_SEED, 6));
        assertThat(otherOptions.pagesComputed()).isEqualTo(1);
        ComputeStage newerEngine = new ComputeStage(cache, "quod-compute-next");
        run(newerEngine, PAGE, PageOptions.defaults());
        assertThat(newerEngine.pagesComputed()).isEqualTo(1);
    }

    @Test
    void cacheKeyCoversTheLimits(@TempDir Path cache) {
        run(new ComputeStage(cache), PAGE, PageOptions.defaults());
        ComputeStage smaller = new ComputeStage(cache);
        Diagnostics d = new Diagnostics();
        smaller.run(new SourceText("p.md", PAGE), directives(PAGE), PageOptions.defaults().withLimits(new quod.config.Limits(10, 1000, 10)), d);
        assertThat(smaller.pagesComputed()).isEqualTo(1);
        assertThat(d.errorCount()).isPositive();
    }

    @Test
    void corruptEntryIsIgnoredAndRecomputed(@TempDir Path cache) throws IOException {
        ComputedPage expected = run(new ComputeStage(cache), PAGE, PageOptions.defaults());
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        ComputeStage again = new ComputeStage(cache);
        assertThat(run(again, PAGE, PageOptions.defaults())).isEqualTo(expected);
        assertThat(again.pagesComputed()).isEqualTo(1);
    }

    @Test
    void runsWithErrorsAreNotCached(@TempDir Path cache) throws IOException {
        String broken = "```compute\ncheck 1 > 2\n```\n";
        for (int i = 0; i < 2; i++) {
            Diagnostics d = new Diagnostics();
            new ComputeStage(cache).run(new SourceText("p.md", broken), directives(broken), PageOptions.defaults(), d);
            assertThat(d.errorCount()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.toList()).isEqualTo(List.of());
        }
    }
}
