package quod.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code --now}: an ISO-8601 instant, in UTC ({@code Z}) or with an offset ({@code +01:00}). */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an instant; write one in ISO-8601 "
                    + "with its offset, e.g. 2026-12-05T17:00:00Z or 2026-12-05T09:00-08:00");
        }
    }
}
