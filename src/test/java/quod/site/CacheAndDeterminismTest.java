package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formula cache and byte-identical output. */
class CacheAndDeterminismTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path tmp;

    @Test
    void secondBuildTakesEveryFormulaFromTheCacheWithoutStartingTheEngineAndWritesTheSameSite() throws IOException {
        Path cache = tmp.resolve("cache");
        BuildResult cold = new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("a"), cache)).run();
        Map<String, byte[]> first = Fixtures.tree(tmp.resolve("a"));

        BuildResult warm = new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("a"), cache)).run();

        assertThat(cold.engineStarted()).isTrue();
        assertThat(cold.formulasFromCache()).isLessThan(cold.formulas());
        assertThat(warm.succeeded()).isTrue();
        assertThat(warm.engineStarted()).isFalse();
        assertThat(warm.formulasFromCache()).isEqualTo(warm.formulas()).isEqualTo(cold.formulas());
        assertSameTree(Fixtures.tree(tmp.resolve("a")), first);
    }

    @Test
    void changingAMacroInvalidatesTheFormulasThatUseIt() throws IOException {
        Path site = tmp.resolve("src");
        copyTree(FIXTURE, site);
        Path cache = tmp.resolve("cache");
        new SiteBuild(Fixtures.options(site, tmp.resolve("out"), cache)).run();
        Path config = site.resolve("content/site.yml");
        Files.writeString(config, Files.readString(config).replace("\\\\mathbb{R}", "\\\\mathbf{R}"));

        BuildResult again = new SiteBuild(Fixtures.options(site, tmp.resolve("out"), cache)).run();

        assertThat(again.engineStarted()).isTrue();
        assertThat(again.formulasFromCache()).isLessThan(again.formulas());
        assertThat(Files.readString(tmp.resolve("out/index.html"))).contains("mathbf").doesNotContain("mathbb");
    }

    @Test
    void twoBuildsWithSeparateCachesGiveIdenticalTrees() throws IOException {
        new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("one"), tmp.resolve("c1"))).run();
        new SiteBuild(Fixtures.options(FIXTURE, tmp.resolve("two"), null)).run();
        assertSameTree(Fixtures.tree(tmp.resolve("two")), Fixtures.tree(tmp.resolve("one")));
    }

    @Test
    void filesFromAnEarlierBuildDoNotLinger() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("old-page"));
        Files.writeString(out.resolve("old-page/index.html"), "stale");
        Files.writeString(out.resolve(OutputMarker.NAME), "Built by Quod");
        BuildResult result = new SiteBuild(Fixtures.options(FIXTURE, out, null)).run();
        assertThat(result.succeeded()).isTrue();
        assertThat(out.resolve("old-page")).doesNotExist();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAnError() throws IOException {
        Path blocker = tmp.resolve("file");
        Files.writeString(blocker, "not a folder");
        BuildResult result = new SiteBuild(Fixtures.options(FIXTURE, blocker.resolve("site"), null)).run();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.headline()).contains("site: cannot write the site:"));
    }

    static void assertSameTree(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
