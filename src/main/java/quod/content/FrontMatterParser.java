package quod.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import quod.config.Citing;
import quod.config.Display;
import quod.config.SiteConfig;
import quod.config.YamlFields;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;
import quod.edition.ReleaseDate;

/** Splits a Markdown file into front matter and body, keeping the body's line numbers. */
final class FrontMatterParser {
    static final Set<String> KEYS = Set.of("title", "order", "summary", "draft", "seed", "checks", "precision", "maxMatrix",
            "solutions", "release", "due", "bibliography", "csl");

    record Result(FrontMatter front, String body, List<Diagnostic> problems) { }

    /** The page's {@code release:}, or null; a value that is not a date is reported at it. */
    private static ReleaseDate release(YamlFields f, List<Diagnostic> problems) {
        String text = f.string("release", null);
        if (text == null) {
            return null;
        }
        ReleaseDate.Parsed parsed = ReleaseDate.parse(text);
        if (parsed instanceof ReleaseDate.Invalid bad) {
            problems.add(f.errorAt("release", bad.message()));
            return null;
        }
        return ((ReleaseDate.Valid) parsed).date();
    }

    /** The page's {@code due:}, or null; a value that is not a date is reported at it. */
    private static ReleaseDate due(YamlFields f, List<Diagnostic> problems) {
        String text = f.string("due", null);
        if (text == null) {
            return null;
        }
        ReleaseDate.Parsed parsed = ReleaseDate.parse(text);
        if (parsed instanceof ReleaseDate.Valid valid && !valid.date().never()) {
            return valid.date();
        }
        problems.add(f.errorAt("due", "due '" + text.strip() + "' is not a date-time; write one in ISO-8601, e.g. "
                + "2026-12-05T17:00 (in the site's timezone), 2026-12-05T17:00:00Z or 2026-12-05"));
        return null;
    }

    Result parse(SourceText source) {
        String text = source.text();
        List<Diagnostic> problems = new ArrayList<>();
        if (!source.line(1).strip().equals("---")) {
            problems.add(source.errorAt(1, 1, "a page must start with front matter: a line '---', "
                    + "'title: ...', and a closing '---'"));
            return new Result(null, text, problems);
        }
        int close = 0;
        for (int line = 2; line <= source.lineCount(); line++) {
            String l = source.line(line).strip();
            if (l.equals("---") || l.equals("...")) {
                close = line;
                break;
            }
        }
        if (close == 0) {
            problems.add(source.errorAt(1, 1, "front matter is not closed: add a line '---' after it"));
            return new Result(null, text, problems);
        }
        String yaml = text.substring(source.offsetOfLine(2), source.offsetOfLine(close));
        // the front matter's lines become empty lines, so the body has the file's lines, no more
        String body = close < source.lineCount()
                ? "\n".repeat(close) + text.substring(source.offsetOfLine(close + 1))
                : "\n".repeat(close - 1);
        YamlFields f = YamlFields.parse(source, yaml, 2).allowOnly(KEYS, "front matter");
        String title = f.string("title", null);
        if (title == null || title.isBlank()) {
            if (f.problems().isEmpty()) {
                problems.add(source.errorAt(1, 1, "front matter has no 'title'"));
            }
        }
        FrontMatter front = new FrontMatter(
                title == null ? "" : title.strip(),
                f.has("order") ? (int) f.integer("order", 0) : null,
                f.string("summary", ""),
                f.bool("draft", false),
                f.has("seed") ? f.integer("seed", 0) : null,
                f.choice("checks", Display.Checks.VISIBLE),
                f.has("precision") ? f.integer("precision", SiteConfig.DEFAULT_PRECISION, 1, 15) : null,
                f.has("solutions") ? f.choice("solutions", Display.Solutions.OPEN) : null,
                f.has("maxMatrix") ? f.integer("maxMatrix", SiteConfig.DEFAULT_MAX_MATRIX, 3, 50) : null,
                release(f, problems),
                due(f, problems),
                Citing.read(f, problems));
        problems.addAll(f.problems());
        return new Result(front, body, problems);
    }
}
