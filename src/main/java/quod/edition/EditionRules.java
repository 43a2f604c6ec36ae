package quod.edition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What one build shows: its edition, the instant it takes for now (from {@code --now}, else the clock when
 * the build started, so one build decides alike everywhere), and the site's time zone, which dates
 * without a zone are read in and every date is shown in.
 */
public record EditionRules(Edition edition, Instant now, ZoneId zone) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    /** The staff edition at the epoch in UTC: everything shown, for a page rendered on its own. */
    public static final EditionRules STAFF = new EditionRules(Edition.STAFF, Instant.EPOCH, ZoneId.of("UTC"));

    public boolean student() {
        return edition == Edition.STUDENT;
    }

    /** Whether a part with this release date is published by now; a part with no date always is. */
    public boolean released(ReleaseDate date) {
        if (date == null) {
            return true;
        }
        Instant at = date.instant(zone);
        return at != null && !now.isBefore(at);
    }

    /** How a release date reads on a page: {@code 5 Dec 2026, 17:00 UTC}, in the site's zone. */
    public String shown(ReleaseDate date) {
        return SHOWN.format(date.instant(zone).atZone(zone));
    }
}
