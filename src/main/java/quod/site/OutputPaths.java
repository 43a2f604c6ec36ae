package quod.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import quod.diagnostics.Diagnostic;

/**
 * Checks, before anything is rendered, that every file of the site has exactly one source. Two sources
 * for one output path ({@code a.md} and {@code a/index.md}), paths that differ only in case (the site
 * is checked out and served on case-insensitive file systems too), a file where another source needs a
 * folder, and a source that would overwrite a file Quod generates are errors naming both sides.
 */
final class OutputPaths {
    /** Files and folders (ending in '/') that Quod writes itself, with how to name them in a message. */
    private static final Map<String, String> GENERATED = Map.of(
            "404.html", "the 404 page", "sitemap.xml", "the sitemap", ".nojekyll", "the GitHub Pages switch",
            OutputMarker.NAME, "Quod's marker of a built site", OutputTree.CARRY_LIST, "Quod's list of kept paths",
            "print/", "the print page's folder", "assets/", "the theme's and KaTeX's assets folder");

    /** One file of the site and the source it comes from, as named in messages (null: Quod's own home page). */
    record Output(String path, String source) { }

    private OutputPaths() {
    }

    /**
     * @param outputs every page and content file with its output path, pages first, in a stable order;
     *                the generated home page first when there is no index.md
     */
    static List<Diagnostic> check(List<Output> outputs) {
        return check(outputs, List.of());
    }

    /** As {@link #check(List)}, where each of {@code sections} also has a print page Quod writes. */
    static List<Diagnostic> check(List<Output> outputs, List<String> sections) {
        Map<String, String> generated = new LinkedHashMap<>(GENERATED);
        sections.forEach(s -> generated.put(s.toLowerCase(Locale.ROOT) + "/print/", "the print page's folder of section " + s));
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, Output> byKey = new LinkedHashMap<>();
        for (Output o : outputs) {
            String key = o.path().toLowerCase(Locale.ROOT);
            String clash = generated(key, generated);
            if (clash != null && o.source() != null) {
                problems.add(Diagnostic.error(o.source(), "would become " + o.path() + " in the site, which is "
                        + clash + " that Quod writes itself; rename or remove this file"));
                continue;
            }
            Output earlier = byKey.get(key);
            if (earlier != null) {
                problems.add(Diagnostic.error(o.source(), clashWith(o, earlier)));
                continue;
            }
            String folderClash = folderClash(key, byKey);
            if (folderClash != null) {
                problems.add(Diagnostic.error(o.source(), folderClash));
                continue;
            }
            byKey.put(key, o);
        }
        return problems;
    }

    private static String generated(String key, Map<String, String> generated) {
        for (var e : generated.entrySet()) {
            String name = e.getKey();
            if (name.endsWith("/") ? key.startsWith(name) || key.equals(name.substring(0, name.length() - 1)) : key.equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String clashWith(Output o, Output earlier) {
        String by = earlier.source() == null ? "the home page Quod generates (there is no index.md)" : earlier.source();
        if (o.path().equals(earlier.path())) {
            return "would become " + o.path() + " in the site, as " + by + " does; rename or remove one of them";
        }
        return "would become " + o.path() + " in the site, which differs only in case from " + earlier.path()
                + " from " + by + "; sites are also checked out and served on case-insensitive file systems, "
                + "so rename one of them";
    }

    /** A file where another output needs a folder, in either order. */
    private static String folderClash(String key, Map<String, Output> byKey) {
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            Output file = byKey.get(key.substring(0, slash));
            if (file != null) {
                return "needs a folder " + key.substring(0, slash) + "/ in the site, where " + file.source()
                        + " is a file; rename one of them";
            }
        }
        String prefix = key + "/";
        for (Output other : byKey.values()) {
            if (other.path().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return "would become the file " + key + " in the site, where " + other.source()
                        + " needs a folder; rename one of them";
            }
        }
        return null;
    }
}
