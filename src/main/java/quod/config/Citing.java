package quod.config;

import java.util.ArrayList;
import java.util.List;
import quod.diagnostics.Diagnostic;

/**
 * What a page cites from, as {@code site.yml} or a page's front matter says: {@code bibliography:} (one
 * BibTeX file or a list, Pandoc's key) and {@code csl:} (a style's name or a .csl file). Paths are as written,
 * relative to the file that names them; each remembers where it was written, for messages about it.
 *
 * @param bibliography the .bib files, in the order written
 * @param csl          the style, or null for the default
 */
public record Citing(List<Setting> bibliography, Setting csl) {
    /** Nothing to cite from. */
    public static final Citing NONE = new Citing(List.of(), null);

    public Citing {
        bibliography = List.copyOf(bibliography);
    }

    /**
     * One value and its position: plain data (no callbacks), so that two loads of the same file are equal and
     * {@code quod serve} keeps what was made from them.
     */
    public record Setting(String value, String file, int line, int column, String sourceLine) {
        public Diagnostic error(String message) {
            return Diagnostic.error(file, line, column, message, sourceLine);
        }
    }

    /** The keys {@code bibliography} and {@code csl} of {@code f}; what is wrong with them goes to {@code problems}. */
    public static Citing read(YamlFields f, List<Diagnostic> problems) {
        List<Setting> files = new ArrayList<>();
        for (YamlFields.Item item : f.stringList("bibliography")) {
            if (item.value().isBlank()) {
                problems.add(item.problem().apply("bibliography: an entry is empty; name a .bib file, e.g. "
                        + "'bibliography: references.bib'"));
            } else {
                files.add(setting(item));
            }
        }
        Setting csl = null;
        List<YamlFields.Item> styles = f.stringList("csl");
        if (styles.size() > 1) {
            problems.add(f.errorAt("csl", "csl: takes one style, e.g. 'csl: ieee' or 'csl: styles/my.csl'"));
        } else if (styles.size() == 1 && !styles.get(0).value().isBlank()) {
            csl = setting(styles.get(0));
        }
        return new Citing(files, csl);
    }

    private static Setting setting(YamlFields.Item item) {
        Diagnostic at = item.problem().apply("");
        return new Setting(item.value().strip(), at.file(), at.line(), at.column(), at.sourceLine());
    }

    /** Whether anything is set. */
    public boolean isEmpty() {
        return bibliography.isEmpty() && csl == null;
    }
}
