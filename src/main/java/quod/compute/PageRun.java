package quod.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * One run over a page body, top to bottom: directive blocks run when their fence is reached and
 * inline values are substituted with the scope at that point, so a page reads like a notebook.
 * Lines are never added or removed, so positions in the result match the file.
 */
final class PageRun {
    private static final Pattern OPENING = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*)$");

    private final Interpreter interpreter;
    private final InlineValues inline;
    private final Map<Integer, List<ComputeOutput>> blocks = new LinkedHashMap<>();

    /** @param clock nanoseconds, read for the page's time budget */
    PageRun(SourceText file, PageOptions options, List<Diagnostic> sink, java.util.function.LongSupplier clock) {
        this.interpreter = new Interpreter(file, options, sink, clock);
        this.inline = new InlineValues(interpreter);
    }

    ComputedPage run(String body) {
        String[] lines = body.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            Matcher open = OPENING.matcher(stripCr(lines[i]));
            if (open.matches() && !(open.group(2).charAt(0) == '`' && open.group(3).contains("`"))) {
                i = fencedBlock(lines, i, open.group(2), open.group(3).trim());
            } else {
                lines[i] = inline.substitute(lines[i], i + 1);
                i++;
            }
        }
        return new ComputedPage(String.join("\n", lines), blocks, interpreter.checksPassed());
    }

    /** Handles the fenced block opening at index {@code start}; returns the index after its closing fence. */
    private int fencedBlock(String[] lines, int start, String fence, String info) {
        Pattern closing = Pattern.compile("^ {0,3}" + Pattern.quote(String.valueOf(fence.charAt(0))) + "{" + fence.length() + ",}\\s*$");
        int end = start + 1;
        while (end < lines.length && !closing.matcher(stripCr(lines[end])).matches()) {
            end++;
        }
        List<String> content = Arrays.stream(lines, start + 1, Math.min(end, lines.length)).map(PageRun::stripCr).toList();
        String[] words = info.isEmpty() ? new String[0] : info.split("\\s+");
        String kind = words.length == 0 ? "" : words[0];
        if (kind.equals("compute") || kind.equals("plot")) {
            int fenceLine = start + 1;
            boolean echo = false;
            for (int w = 1; w < words.length; w++) {
                if (words[w].equals("echo=true")) {
                    echo = true;
                } else if (!words[w].equals("echo=false")) {
                    interpreter.report(fenceLine, stripCr(lines[start]).indexOf(words[w]),
                            "unknown option '" + words[w] + "' of a " + kind + " block (known: echo=true)");
                }
            }
            List<ComputeOutput> outputs = new ArrayList<>();
            if (echo) {
                outputs.add(new ComputeOutput.Source(String.join("\n", content)));
            }
            if (kind.equals("compute")) {
                outputs.addAll(interpreter.runBlock(content, fenceLine + 1));
            } else {
                outputs.addAll(new PlotBlock(interpreter).run(content, fenceLine + 1, "quod-plot-" + fenceLine));
            }
            blocks.put(fenceLine, List.copyOf(outputs));
        }
        return end + 1;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
