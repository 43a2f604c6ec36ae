package quod.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one build, so that every error in every page is reported in one run
 * instead of stopping at the first. One build runs its stages on one thread, so this is not
 * synchronized.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic d) {
        all.add(d);
    }

    public void addAll(List<Diagnostic> ds) {
        all.addAll(ds);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return (int) all.stream().filter(Diagnostic::isError).count();
    }

    public int warningCount() {
        return all.size() - errorCount();
    }

    /** All diagnostics, sorted by file and position. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Diagnostic.BY_POSITION);
        return List.copyOf(copy);
    }
}
