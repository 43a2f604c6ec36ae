package quod.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * A YAML mapping of simple fields (scalars and flat string maps), read with SnakeYAML's composer so
 * every key and value keeps its position in the source file. Used for site.yml and front matter,
 * which must both report unknown keys and bad values at the exact line.
 */
public final class YamlFields {
    private final SourceText source;
    private final String yaml;
    /** Offset of the YAML's first character in the source. */
    private final int base;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final List<Diagnostic> problems;

    private YamlFields(SourceText source, String yaml, int base) {
        this(source, yaml, base, new ArrayList<>());
    }

    /** Fields of a nested mapping report into their parent's problems, so one list holds them all. */
    private YamlFields(SourceText source, String yaml, int base, List<Diagnostic> problems) {
        this.source = source;
        this.yaml = yaml;
        this.base = base;
        this.problems = problems;
    }

    /**
     * Parses {@code yaml}, the text of {@code source} from the start of 1-based line {@code firstLine}.
     * Problems (syntax errors, a document that is not a mapping) are collected, not thrown.
     */
    public static YamlFields parse(SourceText source, String yaml, int firstLine) {
        YamlFields fields = new YamlFields(source, yaml, source.offsetOfLine(firstLine));
        LoaderOptions options = new LoaderOptions();
        Node root;
        List<Integer> raw = ControlCharacters.in(yaml);
        // same length as yaml: the placeholders keep every index, which positions are computed from
        StreamReader reader = new StreamReader(ControlCharacters.replaced(yaml, raw));
        try {
            root = new Composer(new ParserImpl(reader, options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            fields.problems.add(source.errorAt(fields.offsetOf(mark), "invalid YAML: " + problem));
            fields.problems.addAll(ControlCharacters.report(source, yaml, firstLine, raw, null));
            return fields;
        } catch (YAMLException e) {
            fields.problems.add(source.errorAt(firstLine, 1, "invalid YAML: " + e.getMessage()));
            fields.problems.addAll(ControlCharacters.report(source, yaml, firstLine, raw, null));
            return fields;
        } catch (IllegalArgumentException e) {
            // SnakeYAML lets a few malformed inputs out as plain exceptions, without a position: a
            // \\u escape without its hex digits, a tag with spaces. Its reader has stopped at about the
            // fault, so that is where it is shown.
            String problem = e instanceof NumberFormatException
                    ? "an escape in a double-quoted string needs its hex digits, as in \"\\u00e9\""
                    : e.getMessage();
            fields.problems.add(source.errorAt(fields.offsetOf(reader.getMark()), "invalid YAML: " + problem));
            fields.problems.addAll(ControlCharacters.report(source, yaml, firstLine, raw, null));
            return fields;
        }
        fields.problems.addAll(ControlCharacters.report(source, yaml, firstLine, raw,
                root instanceof MappingNode m ? m : null));
        if (root == null) {
            return fields;
        }
        if (!(root instanceof MappingNode mapping)) {
            fields.problems.add(fields.errorAt(root, "expected 'key: value' lines"));
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.add(key, tuple.getValueNode());
            } else {
                fields.problems.add(fields.errorAt(tuple.getKeyNode(), "a key must be a plain name"));
            }
        }
        return fields;
    }

    /**
     * The fields of the mapping under {@code key} ({@code limits:} and its indented lines), read like
     * the top level; its problems are this object's problems. A value that is not a mapping is
     * reported and gives no fields.
     */
    public YamlFields mapping(String key) {
        YamlFields child = new YamlFields(source, yaml, base, problems);
        Node node = values.get(key);
        if (node == null) {
            return child;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.add(errorAt(node, "'" + key + "' must be a mapping of names to values"));
            return child;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k) {
                child.add(k, tuple.getValueNode());
            } else {
                problems.add(errorAt(tuple.getKeyNode(), "a key must be a plain name"));
            }
        }
        return child;
    }

    /**
     * Records a key and its value; a key given again is an error at the repeat, and the first value stands.
     * SnakeYAML refuses repeated keys only when it constructs Java objects ({@code allowDuplicateKeys} is a
     * setting of its constructor), and this reads the composed nodes, so the check is here.
     */
    private void add(ScalarNode key, Node value) {
        Node first = keys.get(key.getValue());
        if (first != null) {
            problems.add(errorAt(key, twice("'" + key.getValue() + "'", first)));
            return;
        }
        values.put(key.getValue(), value);
        keys.put(key.getValue(), key);
    }

    private String twice(String what, Node first) {
        return what + " is given twice (first on line " + source.lineOf(offsetOf(first.getStartMark()))
                + "): keep one";
    }

    /** Reports every key not in {@code allowed}, naming it and the file. */
    public YamlFields allowOnly(Set<String> allowed, String what) {
        for (var e : keys.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(errorAt(e.getValue(), "unknown key '" + e.getKey() + "' in " + what
                        + " (known keys: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
        return this;
    }

    public List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String string(String key, String fallback) {
        Node node = values.get(key);
        if (node == null) {
            return fallback;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problems.add(errorAt(node, "'" + key + "' must be a single value"));
        return fallback;
    }

    public long integer(String key, long fallback) {
        String text = string(key, null);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            problems.add(errorAt(values.get(key), "'" + key + "' must be a whole number, not '" + text + "'"));
            return fallback;
        }
    }

    /** A whole number within {@code min..max}; anything else is reported and gives the fallback. */
    public int integer(String key, int fallback, int min, int max) {
        long value = integer(key, fallback);
        if (value < min || value > max) {
            problems.add(errorAt(values.get(key), "'" + key + "' must be between " + min + " and " + max
                    + ", not " + value));
            return fallback;
        }
        return (int) value;
    }

    /** A number above {@code 0} and at most {@code max} ({@code 0.2}, {@code 10}); anything else is reported. */
    public double positiveNumber(String key, double fallback, double max) {
        String text = string(key, null);
        if (text == null) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        // Java also parses "NaN", "Infinity" and "1f"; none of them is a number a person means here.
        if (!text.trim().matches("[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?") || !(value > 0 && value <= max)) {
            problems.add(errorAt(values.get(key), "'" + key + "' must be a number above 0 and at most "
                    + java.math.BigDecimal.valueOf(max).stripTrailingZeros().toPlainString() + ", not '" + text + "'"));
            return fallback;
        }
        return value;
    }

    public boolean bool(String key, boolean fallback) {
        String text = string(key, null);
        if (text == null) {
            return fallback;
        }
        return switch (text.trim()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.add(errorAt(values.get(key), "'" + key + "' must be true or false, not '" + text + "'"));
                yield fallback;
            }
        };
    }

    /** One of {@code choices}; anything else is reported. */
    public String choice(String key, String fallback, List<String> choices) {
        String text = string(key, null);
        if (text == null) {
            return fallback;
        }
        if (!choices.contains(text.trim())) {
            problems.add(errorAt(values.get(key), "'" + key + "' must be one of " + String.join(", ", choices)
                    + ", not '" + text + "'"));
            return fallback;
        }
        return text.trim();
    }

    /** One of an enum's constants, written in lower case; anything else is reported and gives the fallback. */
    public <E extends Enum<E>> E choice(String key, E fallback) {
        List<String> words = Display.words(fallback.getDeclaringClass().getEnumConstants());
        String word = choice(key, fallback.name().toLowerCase(java.util.Locale.ROOT), words);
        return fallback.getDeclaringClass().getEnumConstants()[words.indexOf(word)];
    }

    /** A mapping of names to strings, in file order. */
    public Map<String, String> stringMap(String key) {
        Node node = values.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.add(errorAt(node, "'" + key + "' must be a mapping of names to values"));
            return out;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && seen.containsKey(k.getValue())) {
                problems.add(errorAt(k, twice("'" + k.getValue() + "' in '" + key + "'", seen.get(k.getValue()))));
            } else if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                out.put(k.getValue(), v.getValue());
                seen.put(k.getValue(), k);
            } else {
                problems.add(errorAt(t.getKeyNode(), "each entry of '" + key + "' must be 'name: value'"));
            }
        }
        return out;
    }

    /** One entry of a list, with a way to report a problem at its position. */
    public record Item(String value, java.util.function.Function<String, Diagnostic> problem) { }

    /** A list of single values, in file order; a lone value counts as a list of one. */
    public List<Item> stringList(String key) {
        Node node = values.get(key);
        List<Item> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node instanceof ScalarNode scalar) {
            out.add(new Item(scalar.getValue(), m -> errorAt(scalar, m)));
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    out.add(new Item(scalar.getValue(), m -> errorAt(scalar, m)));
                } else {
                    problems.add(errorAt(item, "each entry of '" + key + "' must be a single value"));
                }
            }
        } else {
            problems.add(errorAt(node, "'" + key + "' must be a list of values"));
        }
        return out;
    }

    /**
     * A list ({@code [a, b]}, or one {@code - a} per line) of some of {@code choices}; each other entry is
     * reported at its position and left out.
     */
    public List<String> choices(String key, List<String> choices) {
        Node node = values.get(key);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.add(errorAt(node, "'" + key + "' must be a list, e.g. " + key + ": [" + choices.get(0) + "]"));
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode scalar && choices.contains(scalar.getValue())) {
                out.add(scalar.getValue());
            } else {
                String shown = item instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : "this";
                problems.add(errorAt(item, "'" + key + "' cannot list " + shown + "; it takes "
                        + String.join(", ", choices)));
            }
        }
        return out;
    }

    public Diagnostic errorAt(String key, String message) {
        return errorAt(values.get(key), message);
    }

    private Diagnostic errorAt(Node node, String message) {
        return source.errorAt(offsetOf(node == null ? null : node.getStartMark()), message);
    }

    /**
     * Where a mark is in the source. SnakeYAML's line and column are not used: it also breaks lines at
     * U+0085, U+2028 and U+2029, which neither Markdown nor editors do, and it counts columns in code
     * points. Its index (in code points from the start of the YAML) is exact. A mark at the end of the
     * YAML (an unclosed bracket) is shown at the end of its last line rather than on the line after.
     */
    private int offsetOf(Mark mark) {
        return sourceOffset(yaml, base, mark);
    }

    /** {@link #offsetOf(Mark)} for YAML that starts at offset {@code base} of its source. */
    static int sourceOffset(String yaml, int base, Mark mark) {
        if (mark == null) {
            return base;
        }
        int codePoints = yaml.codePointCount(0, yaml.length());
        int at = yaml.offsetByCodePoints(0, Math.max(0, Math.min(mark.getIndex(), codePoints)));
        if (at == yaml.length() && yaml.endsWith("\n")) {
            at -= yaml.endsWith("\r\n") ? 2 : 1;
        }
        return base + at;
    }
}
