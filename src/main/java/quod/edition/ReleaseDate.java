package quod.edition;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * When a solution, answer or hint is released, as an author wrote it: an ISO-8601 date-time with a zone
 * ({@code 2026-12-05T17:00:00Z}, {@code 2026-12-05T09:00-08:00}), one without (read in the site's
 * {@code timezone:}), a bare date (00:00 that day), or {@code never}.
 *
 * @param local the date and time as written; null for {@code never}
 * @param zone  the zone or offset written with it, or null for the site's
 */
public record ReleaseDate(LocalDateTime local, ZoneId zone) {
    /** Withheld from the student edition whatever the date. */
    public static final ReleaseDate NEVER = new ReleaseDate(null, null);

    /** What a value comes to: a date, or why it is not one. */
    public sealed interface Parsed permits Valid, Invalid { }

    public record Valid(ReleaseDate date) implements Parsed { }

    public record Invalid(String message) implements Parsed { }

    /** Reads a value as written after {@code release:} or {@code release=}. */
    public static Parsed parse(String text) {
        String value = text.strip();
        if (value.equals("never")) {
            return new Valid(NEVER);
        }
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, ZonedDateTime::from, LocalDateTime::from);
            if (t instanceof ZonedDateTime z) {
                return new Valid(new ReleaseDate(z.toLocalDateTime(), z.getZone()));
            }
            return new Valid(new ReleaseDate((LocalDateTime) t, null));
        } catch (DateTimeParseException notDateTime) {
            try {
                return new Valid(new ReleaseDate(LocalDate.parse(value).atStartOfDay(), null));
            } catch (DateTimeParseException notDate) {
                return new Invalid("release '" + value + "' is not a date-time; write one in ISO-8601, e.g. "
                        + "2026-12-05T17:00:00Z, 2026-12-05T17:00 (in the site's timezone) or 2026-12-05, or 'never'");
            }
        } catch (DateTimeException e) {
            return new Invalid("release '" + value + "' is not a date-time: " + e.getMessage());
        }
    }

    public boolean never() {
        return local == null;
    }

    /** The instant, the date read in {@code siteZone} when written without a zone; null for {@code never}. */
    public Instant instant(ZoneId siteZone) {
        return never() ? null : local.atZone(zone != null ? zone : siteZone).toInstant();
    }
}
