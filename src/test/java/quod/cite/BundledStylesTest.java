package quod.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The styles quod.jar keeps are the ones Quod offers, and each of them is one citeproc-java can use. */
class BundledStylesTest {
    @Test
    void thePomKeepsExactlyTheBundledStylesInTheJar() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int filter = pom.indexOf("<artifact>org.citationstyles:styles</artifact>");
        assertThat(filter).isPositive();
        String includes = pom.substring(filter, pom.indexOf("</includes>", filter));
        Matcher m = Pattern.compile("<include>([a-z0-9-]+)\\.csl</include>").matcher(includes);
        List<String> kept = m.results().map(r -> r.group(1)).sorted().toList();
        assertThat(kept).isEqualTo(CiteStyle.BUNDLED.stream().sorted().toList());
    }

    @Test
    void everyBundledStyleIsAStyleCiteprocCanRead() throws IOException {
        for (String style : CiteStyle.BUNDLED) {
            assertThat(CSL.supportsStyle(style)).as(style).isTrue();
            String xml = new String(BundledStylesTest.class.getResourceAsStream("/" + style + ".csl").readAllBytes());
            assertThat(xml).as("%s is an independent style, not one that needs another", style)
                    .doesNotContain("independent-parent");
        }
    }
}
