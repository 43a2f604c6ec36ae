package quod.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests for what a reader sees: the LaTeX of {@code show}, inline values, check marks and
 * errors. Each file in {@code src/test/resources/compute/*.md} holds examples in Flexmark's spec
 * style: free text, then a line {@code .}, the Markdown input, a line {@code .}, the expected
 * output, and a closing {@code .}. The output is the substituted Markdown, then each block's
 * outputs under {@code --- block N}, then any diagnostics under {@code --- diagnostics}.
 *
 * <p>To regenerate after an intended change, run
 * {@code mvn -o test -Dtest=GoldenTest -Dquod.updateGoldens=true}, which rewrites the expected
 * parts in place instead of failing, then review the diff with {@code git diff src/test/resources}.
 */
class GoldenTest {
    private static final Path DIR = Path.of("src/test/resources/compute");
    private static final boolean UPDATE = "true".equals(System.getProperty("quod.updateGoldens"));

    private record Example(String input, String expected, int inputStart, int expectedStart, int expectedEnd) { }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<Example> examples = parse(lines);
                assertThat(examples).as(file + " has examples").isNotEmpty();
                if (UPDATE) {
                    update(file, lines, examples);
                }
                for (Example e : examples) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ":" + e.inputStart(),
                            () -> assertThat(render(e.input())).isEqualTo(UPDATE ? render(e.input()) : e.expected())));
                }
            }
        }
        return tests.stream();
    }

    /** What a reader sees of a page, as plain text. */
    static String render(String input) {
        Pages.Result r = Pages.run(input);
        StringBuilder out = new StringBuilder(r.substituted());
        Map<Integer, List<ComputeOutput>> blocks = new TreeMap<>();
        r.blockLines().forEach(line -> blocks.put(line, r.block(line)));
        blocks.forEach((line, outputs) -> {
            out.append("\n--- block ").append(line);
            for (ComputeOutput o : outputs) {
                if (o instanceof ComputeOutput.DisplayMath m) {
                    out.append("\nmath: ").append(m.latex());
                } else if (o instanceof ComputeOutput.CheckPassed c) {
                    out.append("\ncheck: ").append(c.summary()).append(c.times() > 1 ? " (" + c.times() + " times)" : "");
                } else if (o instanceof ComputeOutput.Plot p) {
                    out.append("\nplot: ").append(p.series().size()).append(" series of ").append(p.points()).append(" points");
                } else if (o instanceof ComputeOutput.Source s) {
                    out.append("\nsource: ").append(s.code().replace("\n", "\\n"));
                }
            }
        });
        if (!r.diagnostics().isEmpty()) {
            out.append("\n--- diagnostics");
            r.diagnostics().forEach(d -> out.append('\n').append(d.headline()));
        }
        return out.toString();
    }

    private static List<Example> parse(List<String> lines) {
        List<Example> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).equals(".")) {
                i++;
                continue;
            }
            int inputStart = i + 1;
            int inputEnd = indexOfDot(lines, inputStart);
            int expectedEnd = indexOfDot(lines, inputEnd + 1);
            out.add(new Example(String.join("\n", lines.subList(inputStart, inputEnd)) + "\n",
                    String.join("\n", lines.subList(inputEnd + 1, expectedEnd)), inputStart + 1, inputEnd + 1, expectedEnd));
            i = expectedEnd + 1;
        }
        return out;
    }

    private static int indexOfDot(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(".")) {
                return i;
            }
        }
        throw new IllegalStateException("unclosed example: a line '.' is missing after line " + from);
    }

    private static void update(Path file, List<String> lines, List<Example> examples) throws IOException {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Example e : examples) {
            out.addAll(lines.subList(at, e.expectedStart()));
            out.addAll(render(e.input()).lines().toList());
            at = e.expectedEnd();
        }
        out.addAll(lines.subList(at, lines.size()));
        Files.write(file, out, StandardCharsets.UTF_8);
    }
}
