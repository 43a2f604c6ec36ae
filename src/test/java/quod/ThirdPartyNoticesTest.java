package quod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The licence notices quod.jar ships (META-INF/THIRD-PARTY.txt) name every bundled library at the
 * version actually bundled, so a version bump without a notice update fails here.
 */
class ThirdPartyNoticesTest {
    /** A jar's artifact id as it appears on the class path, and the library's name in the notices. */
    private static final Map<String, String> BUNDLED = Map.ofEntries(
            Map.entry("picocli", "picocli"), Map.entry("snakeyaml", "SnakeYAML"), Map.entry("flexmark", "flexmark-java"),
            Map.entry("annotations", "JetBrains annotations"), Map.entry("freemarker", "Apache FreeMarker"),
            Map.entry("ejml-core", "EJML"), Map.entry("katex", "KaTeX (WebJar)"), Map.entry("javet", "Javet"),
            Map.entry("jsoup", "jsoup"), Map.entry("citeproc-java", "citeproc-java"), Map.entry("jbibtex", "JBibTeX"),
            Map.entry("antlr4-runtime", "ANTLR 4 runtime"), Map.entry("commons-lang3", "Apache Commons Lang"),
            Map.entry("commons-text", "Apache Commons Text"), Map.entry("styles", "CSL styles"),
            Map.entry("locales", "CSL locales"), Map.entry("lunr", "lunr.js (WebJar)"));

    private static String notices() throws IOException {
        try (InputStream in = ThirdPartyNoticesTest.class.getClassLoader().getResourceAsStream("META-INF/THIRD-PARTY.txt")) {
            assertThat(in).as("META-INF/THIRD-PARTY.txt on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Optional<String> versionOnClassPath(String artifactId) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> new File(p).getName())
                .filter(n -> n.matches("\\Q" + artifactId + "\\E-\\d[^-]*\\.jar"))
                .map(n -> n.substring(artifactId.length() + 1, n.length() - ".jar".length()))
                .findFirst();
    }

    @Test
    void everyBundledLibraryIsListedAtTheVersionOnTheClassPath() throws IOException {
        String text = notices();
        BUNDLED.forEach((artifactId, name) -> {
            String version = versionOnClassPath(artifactId).orElseThrow(() -> new AssertionError(artifactId + " not on the class path"));
            assertThat(text.lines().filter(l -> l.startsWith(name + " ")))
                    .as("the notices' line for " + name).singleElement().asString().contains(" " + version + " ");
        });
    }

    @Test
    void fullLicenceTextsAreIncluded() throws IOException {
        assertThat(notices())
                .contains("Copyright (c) 2016-2023, Vladimir Schneider") // BSD-2 asks for the notice in binaries
                .contains("Redistributions in binary form must reproduce the above copyright notice")
                .contains("Copyright (c) 2013-2020 Khan Academy and other contributors")
                .contains("Jonathan Hedley")
                .contains("Copyright (C) 2013 by Oliver Nightingale")
                .contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
    }
}
