package quod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Golden files in the style of Flexmark's spec files: each example is a fenced block
 * <pre>
 * ```````````````````````````````` example NAME
 * input
 * .
 * expected output
 * ````````````````````````````````
 * </pre>
 * Run the tests with {@code -Dquod.updateGoldens=true} to rewrite every expected output from what the
 * code produces now; review the diff before committing it.
 */
public final class Goldens {
    private static final String FENCE = "````````````````````````````````";

    /** One example of a golden file. */
    public record Example(String name, String input, String expected) { }

    private Goldens() {
    }

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("quod.updateGoldens", "false"));
    }

    public static List<Example> read(Path file) throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith(FENCE + " example ")) {
                continue;
            }
            String name = line.substring((FENCE + " example ").length()).strip();
            StringBuilder input = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            StringBuilder current = input;
            for (i++; i < lines.size() && !lines.get(i).equals(FENCE); i++) {
                if (lines.get(i).equals(".") && current == input) {
                    current = expected;
                } else {
                    current.append(lines.get(i)).append('\n');
                }
            }
            out.add(new Example(name, input.toString(), expected.toString()));
        }
        return out;
    }

    /** Rewrites every example's expected part with {@code actual(input)}. */
    public static void update(Path file, Function<String, String> actual) throws IOException {
        update(file, (name, input) -> actual.apply(input));
    }

    /** Rewrites every example's expected part with {@code actual(name, input)}. */
    public static void update(Path file, BiFunction<String, String, String> actual) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.append(line).append('\n');
            if (!line.startsWith(FENCE + " example ")) {
                continue;
            }
            String name = line.substring((FENCE + " example ").length()).strip();
            StringBuilder input = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).equals("."); i++) {
                input.append(lines.get(i)).append('\n');
            }
            while (i < lines.size() && !lines.get(i).equals(FENCE)) {
                i++;
            }
            String result = actual.apply(name, input.toString());
            out.append(input).append(".\n").append(result);
            if (!result.endsWith("\n")) {
                out.append('\n');
            }
            out.append(FENCE).append('\n');
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
}
