package quod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The one reader and updater of golden files, in the layout of Flexmark's spec files
 * ({@code flexmark-test-util}'s {@code SpecReader}): prose, and examples
 * <pre>
 * ```````````````````````````````` example NAME options(opt1, opt2[param])
 * Markdown source
 * .
 * expected HTML
 * .
 * expected dump (optional: what matters beyond the HTML, one fact a line)
 * ````````````````````````````````
 * </pre>
 * What the options mean is up to whoever renders the examples ({@link GoldenPage}); this class only reads
 * them, as Flexmark spells them. Run the tests with {@code -Dquod.updateGoldens=true} to rewrite every
 * expected section from what the code produces now (prose, headers and sources are kept); review the diff
 * before committing it.
 */
public final class Goldens {
    static final String FENCE = "````````````````````````````````";
    private static final String SEPARATOR = ".";
    /** {@code example NAME} or Flexmark's {@code example(NAME)}, then optionally {@code options(...)}. */
    private static final Pattern HEADER = Pattern.compile(
            Pattern.quote(FENCE) + " example(?:\\((.+?)\\)| (.+?))(?: options\\((.*)\\))?");
    private static final Pattern OPTION = Pattern.compile("[a-z][a-z0-9-]*(?:\\[[^\\[\\]]*\\])?");
    /** Options written almost right, which would otherwise end up in the name and render with defaults. */
    private static final Pattern MISSPELT_OPTIONS = Pattern.compile(".*\\boptions\\s*\\(.*");

    /**
     * One example of a golden file.
     *
     * @param line    1-based line of its header, for messages and for jumping to it from a test report
     * @param options as written, e.g. {@code precision[3]}
     * @param dump    the third section, "" when there is none
     */
    public record Example(String name, int line, List<String> options, String source, String html, String dump) {
        public Example {
            options = List.copyOf(options);
        }
    }

    /** What the code makes of an example's source: its HTML and the dump of everything else. */
    public record Rendered(String html, String dump) {
        /** The expected sections of an example as the file holds them, so a failure shows one readable diff. */
        String asWritten() {
            String s = section(html);
            return dump.isEmpty() ? s : s + SEPARATOR + "\n" + section(dump);
        }
    }

    private Goldens() {
    }

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("quod.updateGoldens", "false"));
    }

    /**
     * One test per example of {@code file}, comparing what {@code render} makes of its source with its
     * expected sections. With {@code -Dquod.updateGoldens=true} the file is rewritten first.
     */
    public static Stream<DynamicTest> tests(Path file, Function<Example, Rendered> render) throws IOException {
        if (updating()) {
            update(file, render);
        }
        List<Example> examples = read(file);
        assertThat(examples).as(file + " has examples").isNotEmpty();
        return examples.stream().map(ex -> DynamicTest.dynamicTest(ex.name(), source(file, ex), () -> {
            Rendered expected = new Rendered(ex.html(), ex.dump());
            assertThat(render.apply(ex).asWritten()).as("%s:%d: %s", file, ex.line(), ex.name())
                    .isEqualTo(expected.asWritten());
        }));
    }

    private static URI source(Path file, Example ex) {
        return URI.create(file.toAbsolutePath().toUri() + "?line=" + ex.line());
    }

    /** Every example of {@code file}; a malformed file is an error naming the line, never a skipped example. */
    public static List<Example> read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8)).stream()
                .map(Located::example).toList();
    }

    /**
     * Rewrites every example's expected sections with what {@code render} makes of it; prose, headers and
     * sources stay as they are. Everything is rendered before the file is written, so an example that
     * cannot be rendered (an unknown option) leaves the file untouched.
     */
    public static void update(Path file, Function<Example, Rendered> render) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Located l : parse(file.toString(), lines)) {
            Rendered r = render.apply(l.example());
            checkWritable(file, l.example(), r);
            out.addAll(lines.subList(at, l.sourceEnd() + 1));
            out.addAll(r.asWritten().lines().toList());
            out.add(FENCE);
            at = l.close() + 1;
        }
        out.addAll(lines.subList(at, lines.size()));
        Files.writeString(file, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }

    /** A section holding a line {@code .} or the fence could not be read back as it was written. */
    private static void checkWritable(Path file, Example ex, Rendered r) {
        for (String section : List.of(r.html(), r.dump())) {
            for (String l : section.lines().toList()) {
                if (l.equals(SEPARATOR) || l.startsWith(FENCE)) {
                    throw new IllegalStateException(file + ":" + ex.line() + ": example '" + ex.name()
                            + "' renders a line '" + l + "', which the golden format cannot hold");
                }
            }
        }
    }

    /** An example and where it is: 0-based indexes of its line '.' after the source and of its closing fence. */
    private record Located(Example example, int sourceEnd, int close) { }

    private static List<Located> parse(String name, List<String> lines) {
        List<Located> examples = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(FENCE)) {
                continue;
            }
            int header = i;
            Matcher m = HEADER.matcher(lines.get(i));
            if (!m.matches()) {
                throw malformed(name, i, "expected '" + FENCE + " example NAME' or '... example NAME options(a, b)'");
            }
            String title = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (MISSPELT_OPTIONS.matcher(title).matches()) {
                throw malformed(name, i, "write the options last, as ' options(a, b)'");
            }
            if (!names.add(title)) {
                throw malformed(name, i, "a second example named '" + title + "'");
            }
            List<String> options = options(name, i, m.group(3));
            List<List<String>> sections = new ArrayList<>(List.of(new ArrayList<>()));
            int sourceEnd = -1;
            for (i++; i < lines.size() && !lines.get(i).equals(FENCE); i++) {
                // as in Flexmark, a third '.' belongs to the dump
                if (lines.get(i).equals(SEPARATOR) && sections.size() < 3) {
                    sourceEnd = sourceEnd < 0 ? i : sourceEnd;
                    sections.add(new ArrayList<>());
                } else {
                    sections.get(sections.size() - 1).add(lines.get(i));
                }
            }
            if (i == lines.size()) {
                throw malformed(name, header, "example '" + title + "' is not closed by a line " + FENCE);
            }
            if (sourceEnd < 0) {
                throw malformed(name, header, "example '" + title + "' has no line '.' between its source and its HTML");
            }
            Example ex = new Example(title, header + 1, options, text(sections.get(0)), text(sections.get(1)),
                    sections.size() > 2 ? text(sections.get(2)) : "");
            examples.add(new Located(ex, sourceEnd, i));
        }
        return examples;
    }

    private static List<String> options(String file, int line, String written) {
        if (written == null) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        for (String o : written.split(",", -1)) {
            String option = o.strip();
            if (!OPTION.matcher(option).matches()) {
                throw malformed(file, line, "option '" + option + "' is not NAME or NAME[PARAMETER]");
            }
            options.add(option);
        }
        return options;
    }

    private static String text(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** Sections end with a newline when they hold anything, as read back from the file. */
    private static String section(String s) {
        return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
    }

    private static IllegalStateException malformed(String file, int index, String message) {
        return new IllegalStateException(file + ":" + (index + 1) + ": " + message);
    }
}
