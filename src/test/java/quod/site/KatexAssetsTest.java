package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import quod.QuodVersion;

/** KaTeX's fonts are listed from its WebJar without state shared between builds of one process. */
class KatexAssetsTest {

    /**
     * Two builds in one JVM (quod serve's rebuild beside a test's build) list the fonts at the same time.
     * When the listing opened the jar as the JVM-wide file system of its {@code jar:} URI, one build
     * closed it while the other was still reading it (ClosedFileSystemException, or a NullPointerException
     * from inside the zip file system); each now opens its own.
     */
    @Test
    void listingTheFontsFromTwoThreadsAtOnceNeverClosesTheJarUnderTheOther() throws Exception {
        KatexAssets assets = new KatexAssets(QuodVersion.current().katex());
        List<String> expected = assets.fonts();
        assertThat(expected).contains("KaTeX_Main-Regular.woff2").allMatch(f -> f.startsWith("KaTeX_"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                work.add(() -> {
                    for (int i = 0; i < 300; i++) {
                        assertThat(assets.fonts()).isEqualTo(expected);
                    }
                    return 300;
                });
            }
            for (Future<Integer> done : threads.invokeAll(work)) {
                assertThat(done.get()).isEqualTo(300);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
