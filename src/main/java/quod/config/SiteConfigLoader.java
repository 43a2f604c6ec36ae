package quod.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.SourceText;
import quod.math.KatexOptions;

/** Reads and validates {@code site.yml}; every problem is reported with its line. */
public final class SiteConfigLoader {
    static final Set<String> KEYS = Set.of("title", "author", "course", "description", "baseUrl", "language",
            "macros", "solutions", "precision", "maxMatrix", "keep", "trust", "limits",
            "edition", "timezone", "bibliography", "csl", "numbering");
    static final Set<String> LIMIT_KEYS = Set.of("matrixElements", "pageElements", "computeSeconds");
    /** A day: a larger budget is surely a typo, and nanoseconds of it would overflow a long. */
    private static final double MAX_COMPUTE_SECONDS = 86_400;

    /** The result of loading: the config (defaults where a value was bad) and what was wrong. */
    public record Loaded(SiteConfig config, List<Diagnostic> problems) { }

    public Loaded load(SourceText source) {
        YamlFields f = YamlFields.parse(source, source.text(), 1).allowOnly(KEYS, source.name());
        SiteConfig d = SiteConfig.defaults();
        String baseUrl = f.string("baseUrl", d.baseUrl()).trim();
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://.+")) {
            return new Loaded(d, concat(f.problems(),
                    f.errorAt("baseUrl", "baseUrl must be an absolute http(s) URL, not '" + baseUrl + "'")));
        }
        var macros = f.stringMap("macros");
        for (String name : macros.keySet()) {
            if (!name.matches("\\\\[A-Za-z]+|\\\\.")) {
                return new Loaded(d, concat(f.problems(), f.errorAt("macros",
                        "macro name '" + name + "' must be a backslash and a command name, e.g. '\\R'")));
            }
        }
        List<Diagnostic> problems = new ArrayList<>();
        SiteConfig config = new SiteConfig(
                f.string("title", d.title()),
                f.string("author", d.author()),
                f.string("course", d.course()),
                f.string("description", d.description()),
                baseUrl,
                f.string("language", d.language()),
                macros,
                f.choice("solutions", d.solutions()),
                f.integer("precision", d.precision(), 1, 15),
                f.integer("maxMatrix", d.maxMatrix(), 3, 50),
                keep(f, problems),
                f.choices("trust", KatexOptions.TRUSTABLE),
                limits(f.mapping("limits").allowOnly(LIMIT_KEYS, "limits of " + source.name()), d.limits()),
                f.choice("edition", d.edition()),
                timezone(f, d.timezone(), problems),
                Citing.read(f, problems),
                Numbering.read(f, problems));
        problems.addAll(0, f.problems());
        return new Loaded(config, problems);
    }

    /**
     * The paths of {@code keep:}: each relative to the output folder, inside it, with forward slashes.
     * They are checked here so that a typo cannot name a folder outside the site.
     */
    private static List<String> keep(YamlFields f, List<Diagnostic> problems) {
        List<String> paths = new ArrayList<>();
        for (YamlFields.Item item : f.stringList("keep")) {
            String path = item.value().strip().replace('\\', '/');
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            boolean escapes = path.isEmpty() || path.startsWith("/") || path.matches("[A-Za-z]:.*")
                    || java.util.Arrays.stream(path.split("/")).anyMatch(p -> p.equals("..") || p.equals(".") || p.isEmpty());
            if (escapes) {
                problems.add(item.problem().apply("keep: '" + item.value() + "' must be a path inside the output "
                        + "folder, relative to it, e.g. 'downloads/data.zip' (no '..', '.', or leading '/')"));
            } else {
                paths.add(path);
            }
        }
        return paths;
    }

    /** An IANA zone id ({@code America/Los_Angeles}) or {@code UTC}; anything else is reported. */
    private static java.time.ZoneId timezone(YamlFields f, java.time.ZoneId fallback, List<Diagnostic> problems) {
        String text = f.string("timezone", null);
        if (text == null) {
            return fallback;
        }
        try {
            return java.time.ZoneId.of(text.strip());
        } catch (java.time.DateTimeException e) {
            problems.add(f.errorAt("timezone", "timezone '" + text.strip() + "' is not a time zone; write an IANA "
                    + "zone id such as Europe/Berlin or America/Los_Angeles, or UTC"));
            return fallback;
        }
    }

    private static Limits limits(YamlFields f, Limits d) {
        return new Limits(f.integer("matrixElements", d.matrixElements(), 1, Integer.MAX_VALUE),
                f.integer("pageElements", d.pageElements(), 1, Integer.MAX_VALUE),
                f.positiveNumber("computeSeconds", d.computeSeconds(), MAX_COMPUTE_SECONDS));
    }

    private static List<Diagnostic> concat(List<Diagnostic> a, Diagnostic b) {
        var all = new java.util.ArrayList<>(a);
        all.add(b);
        return all;
    }
}
