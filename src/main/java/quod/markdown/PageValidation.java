package quod.markdown;

import quod.diagnostics.Suggestions;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;

/**
 * Everything about a page's structure that is wrong, found in one pass right after parsing: a stray or
 * unclosed fenced div, an unknown div kind, a margin note with a title, unclosed display math, two
 * problems with one id, a malformed or unknown div attribute or release date, a label that does not fit its div or caption; and a level-1 heading, which would be a second {@code <h1>} beside the page's title
 * (a warning: the page still reads, but its outline is wrong and the heading is left out of the contents).
 * The renderers only write HTML; they report nothing about structure.
 */
final class PageValidation {
    private PageValidation() {
    }

    static void check(Document document, SourceText text, List<Diagnostic> problems) {
        Map<String, Integer> problemLines = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedDiv div) {
                div(div, text, problems, problemLines);
            } else if (node instanceof Captioned captioned) {
                caption(captioned, text, problems);
            } else if (node instanceof Heading heading && heading.getLevel() == 1) {
                problems.add(text.warningAt(heading.getStartOffset(), "a level-1 heading makes a second <h1>: the "
                        + "page's title is its <h1>; make this a section with '## " + headingText(heading) + "'"));
            } else if (node instanceof DisplayMath math && !math.closed()) {
                int line = math.openingLine() + 1;
                problems.add(text.errorAt(line, text.line(line).indexOf(math.closer().equals("$$") ? "$$" : "\\[") + 1,
                        "display math is not closed: add a line ending with '" + math.closer()
                                + "' (a blank line or the end of the block came first)"));
            }
        }
    }

    /** The classes and keys a div's attribute block may hold, and what their values must be. */
    private static void attributes(FencedDiv div, SourceText text, List<Diagnostic> problems) {
        DivAttributes.Malformed malformed = div.malformedAttributes();
        if (malformed != null) {
            problems.add(text.errorAt(malformed.offset(), malformed.message()));
            return;
        }
        DivAttributes attributes = div.attributes();
        if (attributes.id() != null) {
            label(div, attributes.id(), text, problems);
        }
        for (DivAttributes.Part c : attributes.classes()) {
            if (!c.text().equals("staff")) {
                problems.add(text.errorAt(c.offset() - 1, "unknown class '." + c.text()
                        + "' on a div (known: .staff, for a part shown in the staff edition only)"));
            }
        }
        for (var e : attributes.values().entrySet()) {
            DivAttributes.Part value = e.getValue();
            int keyAt = value.offset() - e.getKey().length() - 1 - (text.text().charAt(value.offset() - 1) == '"' ? 1 : 0);
            if (!e.getKey().equals("release")) {
                problems.add(text.errorAt(keyAt, "unknown attribute '" + e.getKey()
                        + "' on a div (known: release, the date a solution, answer or hint is shown to students)"));
            } else if (div.kind() != null && !div.kind().releasable()) {
                problems.add(text.errorAt(keyAt, "a " + div.kind().word() + " has no release date: only a solution, "
                        + "answer or hint is held back until one"));
            } else if (quod.edition.ReleaseDate.parse(value.text()) instanceof quod.edition.ReleaseDate.Invalid bad) {
                problems.add(text.errorAt(value.offset(), bad.message()));
            }
        }
    }

    /** A div's {@code #label}: of its kind's prefix on a numbered kind, an error anywhere else. */
    private static void label(FencedDiv div, DivAttributes.Part id, SourceText text, List<Diagnostic> problems) {
        int at = id.offset() - 1;
        LabelKind kind = div.kind() == null ? null : LabelKind.of(div.kind());
        if (div.kind() == DivKind.PROBLEM) {
            problems.add(text.errorAt(at, "a problem takes no label ('#" + id.text() + "'): its label is written after "
                    + "'problem' ('::: problem 3(b)'), and references name it so ('@problem:3b')"));
        } else if (kind == null) {
            if (div.kind() != null) {
                problems.add(text.errorAt(at, "a " + div.kind().word() + " takes no label ('#" + id.text() + "'): only "
                        + "numbered divs do (" + String.join(", ", LabelKind.environments().stream()
                        .map(k -> k.noun()).toList()) + ")"));
            }
        } else if (!PageLabels.validFor(kind, id.text())) {
            problems.add(text.errorAt(at, "a " + div.kind().word() + "'s label is '#" + kind.prefix() + ":name', not '#"
                    + id.text() + "' (after '" + kind.prefix() + ":' only letters, digits and _ . : -)"));
        }
    }

    /** A caption's {@code {#label}}: {@code fig:} on a figure, {@code tbl:} on a table. */
    private static void caption(Captioned captioned, SourceText text, List<Diagnostic> problems) {
        if (captioned.label() != null && !PageLabels.validFor(captioned.kind(), captioned.label().toString())) {
            problems.add(text.errorAt(captioned.label().getStartOffset() - 1, "a " + captioned.kind().noun()
                    + "'s label is '#" + captioned.kind().prefix() + ":name', not '#" + captioned.label()
                    + "' (after '" + captioned.kind().prefix() + ":' only letters, digits and _ . : -)"));
        }
    }

    /** The heading's text as written, shortened for a message. */
    private static String headingText(Heading heading) {
        String text = heading.getText().toString().strip().replaceAll("\\s+", " ");
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static void div(FencedDiv div, SourceText text, List<Diagnostic> problems, Map<String, Integer> problemLines) {
        if (div.stray()) {
            problems.add(text.errorAt(div.fence().getStartOffset(), "'" + div.fence()
                    + "' closes no open div (a closing fence needs at least as many colons as the opening one)"));
            return;
        }
        if (!div.closed()) {
            problems.add(text.errorAt(div.fence().getStartOffset(), "'" + div.fence() + " "
                    + div.kindWord() + "' is not closed: end it with a line '" + div.fence() + "'"));
        }
        attributes(div, text, problems);
        DivKind kind = div.kind();
        if (kind == null) {
            String word = div.kindWord().toString();
            String near = Suggestions.closest(word, DivKind.words());
            problems.add(text.errorAt(div.kindWord().getStartOffset(), "unknown div kind '" + word
                    + "'" + (near == null ? "" : "; did you mean '" + near + "'?")
                    + " (kinds: " + String.join(", ", DivKind.words()) + ")"));
        } else if (kind == DivKind.MARGIN && !div.title().isEmpty()) {
            problems.add(text.errorAt(div.title().getStartOffset(),
                    "a margin note has no title: put its text on the lines after '" + div.fence() + " margin'"));
        } else if (kind == DivKind.PROBLEM && div.problemId() != null) {
            String id = div.problemId();
            Integer first = problemLines.putIfAbsent(id, text.lineOf(div.fence().getStartOffset()));
            if (first != null) {
                int at = div.title().isEmpty() ? div.kindWord().getStartOffset() : div.title().getStartOffset();
                problems.add(text.errorAt(at, "problem id '" + id
                        + "' is already used by the problem on line " + first + "; give each problem its own label"));
            }
        }
    }
}
