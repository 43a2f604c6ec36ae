package quod.markdown;

import quod.edition.ReleaseDate;

/**
 * What the edition being built does with one fenced div: shows it (in the staff edition marked with its release
 * date, or "Staff only"), leaves a placeholder that says when it is released, or leaves it out without a trace.
 *
 * @param state   shown, withheld or omitted
 * @param release  the release date that applies to it, or null when none does
 * @param released whether that date has passed (true without one)
 */
record DivVisibility(State state, ReleaseDate release, boolean released) {
    enum State { SHOWN, WITHHELD, OMITTED }

    private static final DivVisibility SHOWN = new DivVisibility(State.SHOWN, null, true);

    static DivVisibility of(FencedDiv div, PageEdition edition) {
        DivKind kind = div.kind();
        if (kind == null || div.stray()) {
            return SHOWN;
        }
        boolean student = edition.rules().student();
        // grading notes and the like say nothing to students, not even that they exist
        if (div.staffOnly() && student) {
            return new DivVisibility(State.OMITTED, null, true);
        }
        ReleaseDate release = kind.releasable() ? releaseOf(div, edition) : null;
        if (release == null) {
            return SHOWN;
        }
        boolean released = edition.rules().released(release);
        return new DivVisibility(student && !released ? State.WITHHELD : State.SHOWN, release, released);
    }

    /** The div's own {@code {release=...}}, else the page's; a value that does not parse was reported and counts as none. */
    static ReleaseDate releaseOf(FencedDiv div, PageEdition edition) {
        DivAttributes.Part own = div.attributes().value("release");
        if (own == null) {
            return edition.pageRelease();
        }
        return ReleaseDate.parse(own.text()) instanceof ReleaseDate.Valid v ? v.date() : null;
    }

    boolean hidden() {
        return state != State.SHOWN;
    }
}
