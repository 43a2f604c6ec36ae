package quod.cite;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/**
 * One .bib file read by JBibTeX and converted to CSL items by citeproc-java. A class of its own so that a
 * build whose site names no .bib file never loads JBibTeX's classes.
 */
final class BibTeXFile {
    private BibTeXFile() {
    }

    private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)\\.\\s*(.*)", Pattern.DOTALL);

    /**
     * The entries of {@code text} by key, as JBibTeX reads them; null, with an error at JBibTeX's line, if it cannot
     * read it. Converting an entry for citeproc-java (its name parser starts ANTLR, a third of a second cold) waits
     * until a page cites it: see {@link #toItem}.
     */
    static Map<String, BibTeXEntry> read(SourceText text, Diagnostics diagnostics) {
        BibTeXDatabase database;
        try {
            database = new BibTeXParser().parse(new StringReader(text.text()));
        } catch (ParseException e) {
            var at = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
            String found = at == null || at.image == null || at.image.isEmpty() ? "end of the file (an entry is not closed)"
                    : "'" + at.image + "'";
            int line = at == null ? text.lineCount() : Math.max(1, at.beginLine);
            int column = at == null ? 1 : Math.max(1, at.beginColumn);
            diagnostics.add(text.errorAt(line, column, "BibTeX: unexpected " + found
                    + "; an entry is @type{key, field = {value}, ...}"));
            return null;
        } catch (TokenMgrException e) {
            Matcher m = LEXICAL.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                diagnostics.add(text.errorAt(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        "BibTeX: cannot read this character: " + m.group(3).strip()));
            } else {
                diagnostics.add(text.errorAt(1, 1, "BibTeX: " + e.getMessage()));
            }
            return null;
        } catch (org.jbibtex.ObjectResolutionException e) {
            diagnostics.add(text.errorAt(1, 1, "BibTeX: " + e.getMessage()
                    + " (an undefined @string, or a crossref to a missing entry)"));
            return null;
        }
        Map<String, BibTeXEntry> entries = new LinkedHashMap<>();
        database.getEntries().forEach((key, entry) -> entries.put(key.getValue(), entry));
        return entries;
    }

    /** A work cited as {@code key}, as citeproc-java takes it; {@link UnreadableEntry} if its converter rejects the entry. */
    static CSLItemData toItem(String key, BibTeXEntry entry) {
        try {
            return new CSLItemDataBuilder(new BibTeXConverter().toItemData(entry)).id(key).build();
        } catch (RuntimeException e) {
            // citeproc-java's name, date and page parsers reject a value JBibTeX accepted; they do not say which
            throw new UnreadableEntry(key, String.valueOf(e.getMessage()));
        }
    }
}
