package quod.compute.runtime;

import quod.compute.language.BlockParser;
import quod.compute.language.ComputeError;
import quod.compute.language.ExprParser;
import quod.compute.output.ComputeOutput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code plot} block: {@code key: value} lines naming vectors computed earlier on the page,
 * checked and turned into a {@link ComputeOutput.Plot}. Series are expressions, so {@code y: log(g)} works.
 */
final class PlotBlock {
    private static final Set<String> KEYS = Set.of("title", "x", "y", "legend", "xlabel", "ylabel", "yscale");
    /**
     * Points of one series: several times the pixels across any screen. A longer vector would write
     * an SVG of hundreds of megabytes, which exhausts memory before anyone could see the difference.
     */
    static final int MAX_POINTS = 10_000;

    private final Interpreter interpreter;

    PlotBlock(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** A value with where it came from: line, the line's text, and the offset of the value in it. */
    private record Entry(int line, String source, int offset, String value) { }

    List<ComputeOutput> run(List<String> lines, int firstLine) {
        if (interpreter.stopped()) {
            return List.of();
        }
        try {
            return List.of(plot(entries(lines, firstLine), firstLine));
        } catch (Checker.DependsOnFailed e) {
            return List.of();
        } catch (Interpreter.OutOfTime e) {
            interpreter.outOfTime(firstLine - 1, 0, "drawing this plot");
            return List.of();
        } catch (Located e) {
            interpreter.report(e.line, e.getCause() instanceof ComputeError c ? c.offset() : 0, e.getCause().getMessage());
            return List.of();
        }
    }

    /** A ComputeError with the line it belongs to. */
    private static final class Located extends RuntimeException {
        private final int line;

        Located(int line, ComputeError cause) {
            super(cause);
            this.line = line;
        }
    }

    private static Map<String, Entry> entries(List<String> lines, int firstLine) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            String source = BlockParser.stripComment(lines.get(k));
            if (source.isBlank()) {
                continue;
            }
            int colon = source.indexOf(':');
            int indent = source.length() - source.stripLeading().length();
            String key = colon < 0 ? "" : source.substring(0, colon).trim();
            if (!KEYS.contains(key)) {
                throw new Located(firstLine + k, new ComputeError("expected 'key: value' with a key among "
                        + "title, x, y, legend, xlabel, ylabel, yscale", indent));
            }
            int offset = colon + 1;
            while (offset < source.length() && Character.isWhitespace(source.charAt(offset))) {
                offset++;
            }
            entries.put(key, new Entry(firstLine + k, source, offset, source.substring(offset).strip()));
        }
        return entries;
    }

    private ComputeOutput.Plot plot(Map<String, Entry> e, int firstLine) {
        Entry y = e.get("y");
        if (y == null) {
            throw new Located(firstLine - 1, new ComputeError("a plot needs a 'y:' line naming the vectors to draw", 0));
        }
        List<Integer> starts = new ArrayList<>();
        List<String> parts = splitTopLevel(y.source(), y.offset(), starts);
        List<ComputeOutput.Series> series = new ArrayList<>();
        int length = -1;
        for (int i = 0; i < parts.size(); i++) {
            List<Double> v = vector(y, starts.get(i), parts.get(i));
            if (length >= 0 && v.size() != length) {
                throw new Located(y.line(), new ComputeError("series '" + parts.get(i).strip() + "' has " + v.size()
                        + " values, the first has " + length, starts.get(i)));
            }
            length = v.size();
            series.add(new ComputeOutput.Series(parts.get(i).strip(), v));
        }
        List<Double> x = null;
        Entry xe = e.get("x");
        if (xe != null) {
            x = vector(xe, xe.offset(), xe.value());
            if (x.size() != length) {
                throw new Located(xe.line(), new ComputeError("x has " + x.size() + " values but the series have " + length, xe.offset()));
            }
        }
        Entry legend = e.get("legend");
        if (legend != null) {
            String[] names = legendNames(legend.value());
            if (names.length != series.size()) {
                throw new Located(legend.line(), new ComputeError("legend has " + names.length + " names for "
                        + series.size() + " series", legend.offset()));
            }
            for (int i = 0; i < names.length; i++) {
                series.set(i, new ComputeOutput.Series(names[i].strip(), series.get(i).y()));
            }
        }
        boolean log = false;
        Entry scale = e.get("yscale");
        if (scale != null) {
            if (!scale.value().equals("log") && !scale.value().equals("linear")) {
                throw new Located(scale.line(), new ComputeError("yscale is 'linear' or 'log', not '" + scale.value() + "'", scale.offset()));
            }
            log = scale.value().equals("log");
        }
        if (log) {
            for (ComputeOutput.Series s : series) {
                for (int i = 0; i < s.y().size(); i++) {
                    if (!(s.y().get(i) > 0)) {
                        throw new Located(y.line(), new ComputeError("a log scale needs positive values, but " + s.name()
                                + " is " + interpreter.numbers().plain(s.y().get(i), null) + " at index " + i, y.offset()));
                    }
                }
            }
        }
        return new ComputeOutput.Plot(text(e, "title"), text(e, "xlabel"), text(e, "ylabel"), log, x, List.copyOf(series),
                legend != null || series.size() > 1);
    }

    private List<Double> vector(Entry entry, int start, String text) {
        int lead = text.length() - text.stripLeading().length();
        String expr = text.strip();
        if (expr.isEmpty()) {
            throw new Located(entry.line(), new ComputeError("expected a vector expression", start));
        }
        Value v;
        try {
            v = interpreter.evaluate(entry.source(), ExprParser.expression(expr, start + lead));
        } catch (ComputeError err) {
            throw new Located(entry.line(), err);
        }
        if (v.rows() != 1 && v.cols() != 1) {
            throw new Located(entry.line(), new ComputeError("'" + expr + "' is a " + v.shape() + " matrix; a plot needs vectors", start + lead));
        }
        if ((long) v.rows() * v.cols() > MAX_POINTS) {
            throw new Located(entry.line(), new ComputeError("'" + expr + "' has " + (long) v.rows() * v.cols()
                    + " values; a plot draws at most " + MAX_POINTS + " points per series", start + lead));
        }
        if (!v.isFinite()) {
            throw new Located(entry.line(), new ComputeError("'" + expr + "' has NaN or infinite values", start + lead));
        }
        if (v instanceof Value.Matrix m) {
            List<Double> values = new ArrayList<>(m.matrix().getNumElements());
            for (int i = 0; i < m.matrix().getNumElements(); i++) {
                values.add(m.matrix().data[i]);
            }
            return values;
        }
        return List.of(v.asDouble());
    }

    private static String text(Map<String, Entry> e, String key) {
        Entry entry = e.get(key);
        return entry == null || entry.value().isEmpty() ? null : entry.value();
    }

    /** A legend's names: split at commas, but not inside a formula ({@code $s_{1,2}$}), which a name may hold. */
    static String[] legendNames(String legend) {
        List<String> names = new ArrayList<>();
        boolean math = false;
        int start = 0;
        for (int i = 0; i < legend.length(); i++) {
            char c = legend.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                math = !math;
            } else if (c == ',' && !math) {
                names.add(legend.substring(start, i));
                start = i + 1;
            }
        }
        names.add(legend.substring(start));
        return names.toArray(String[]::new);
    }

    /** Splits at commas outside brackets, recording where each part starts in the line. */
    private static List<String> splitTopLevel(String source, int from, List<Integer> starts) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= source.length(); i++) {
            char c = i < source.length() ? source.charAt(i) : ',';
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0 || i == source.length()) {
                // The end of the line ends the last part even inside unclosed brackets, which its parse then reports.
                parts.add(source.substring(start, i));
                starts.add(start);
                start = i + 1;
            }
        }
        return parts;
    }
}
