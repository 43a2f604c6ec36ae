package quod.cite;

/** A .bib entry that JBibTeX read but citeproc-java cannot convert; reported where the page cites it. */
public final class UnreadableEntry extends RuntimeException {
    private final String key;

    UnreadableEntry(String key, String reason) {
        super("citeproc-java cannot read the .bib entry '" + key + "': " + reason);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
