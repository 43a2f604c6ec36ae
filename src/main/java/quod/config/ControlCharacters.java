package quod.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * Control characters (NUL, BEL, ESC, ... but not tab or line feed) in front matter and site.yml. They
 * are invisible in an editor and would end up in titles and attributes, so each is an error at its
 * position, naming the key it is in. SnakeYAML refuses them raw with a message about the whole stream,
 * so they are replaced before parsing and reported here; a double-quoted escape such as {@code "\a"}
 * puts one in a value, which is reported at the value.
 */
final class ControlCharacters {
    private static final char PLACEHOLDER = '\uFFFD';

    private ControlCharacters() {
    }

    static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n';
    }

    /** Offsets of raw control characters in {@code yaml}; a CR is a line break to YAML, not one of them. */
    static List<Integer> in(String yaml) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < yaml.length(); i++) {
            if (isControl(yaml.charAt(i)) && yaml.charAt(i) != '\r') {
                at.add(i);
            }
        }
        return at;
    }

    /** {@code yaml} with the characters at {@code offsets} replaced by U+FFFD, which YAML accepts. */
    static String replaced(String yaml, List<Integer> offsets) {
        if (offsets.isEmpty()) {
            return yaml;
        }
        StringBuilder s = new StringBuilder(yaml);
        offsets.forEach(i -> s.setCharAt(i, PLACEHOLDER));
        return s.toString();
    }

    /**
     * One error for each key whose value holds a control character (raw or escaped), and one for each
     * line with a raw one outside any value.
     *
     * @param yaml      the YAML as in the file
     * @param firstLine the file's 1-based line where {@code yaml} starts
     * @param raw       offsets of raw control characters in {@code yaml}
     * @param root      the parsed mapping, or null when the YAML did not parse to one
     */
    static List<Diagnostic> report(SourceText source, String yaml, int firstLine, List<Integer> raw, MappingNode root) {
        List<Diagnostic> out = new ArrayList<>();
        int yamlStart = source.offsetOfLine(firstLine);
        Set<String> reported = new LinkedHashSet<>();
        for (int offset : raw) {
            String key = root == null ? null : keyAt(root, yaml, offset);
            String what = key != null ? "'" + key + "' contains" : "this line contains";
            if (reported.add(key != null ? "key " + key : "line " + source.lineOf(yamlStart + offset))) {
                out.add(source.errorAt(yamlStart + offset, what + " a control character ("
                        + codePoint(yaml.charAt(offset)) + "): remove it"));
            }
        }
        if (root != null) {
            for (NodeTuple t : root.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && !reported.contains("key " + k.getValue())) {
                    int c = firstControl(t.getValueNode());
                    if (c >= 0) {
                        Mark m = t.getValueNode().getStartMark();
                        out.add(source.errorAt(YamlFields.sourceOffset(yaml, yamlStart, m), "'" + k.getValue()
                                + "' contains a control character (" + codePoint(c) + "): remove it"));
                    }
                }
            }
        }
        return out;
    }

    /** The top-level key whose value spans {@code offset}, or null. */
    private static String keyAt(MappingNode root, String yaml, int offset) {
        // SnakeYAML's index counts code points; its lines and columns would not match ours (it also
        // breaks lines at U+0085, U+2028 and U+2029)
        int index = yaml.codePointCount(0, offset);
        for (NodeTuple t : root.getValue()) {
            Node v = t.getValueNode();
            if (t.getKeyNode() instanceof ScalarNode k
                    && v.getStartMark().getIndex() <= index && index < v.getEndMark().getIndex()) {
                return k.getValue();
            }
        }
        return null;
    }

    /** The first control character in a value (a scalar, or the entries of a list or mapping), or -1. */
    private static int firstControl(Node node) {
        return firstControl(node, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** {@code seen}: an alias can make a list contain itself ({@code &x [*x]}). */
    private static int firstControl(Node node, Set<Node> seen) {
        if (!seen.add(node)) {
            return -1;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().codePoints().filter(ControlCharacters::isControl).findFirst().orElse(-1);
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            children.addAll(seq.getValue());
        } else if (node instanceof MappingNode map) {
            map.getValue().forEach(t -> {
                children.add(t.getKeyNode());
                children.add(t.getValueNode());
            });
        }
        for (Node child : children) {
            int c = firstControl(child, seen);
            if (c >= 0) {
                return c;
            }
        }
        return -1;
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
