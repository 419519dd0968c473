package org.vesnik.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * Turns the dates inputs give (an ISO date or date-time in JSONL, a feed's parsed date, a
 * sitemap's publication date) into an article's date: a date without a time is midnight, and a
 * time without an offset is local time, in North Macedonia's zone, the outlets' own.
 */
final class ArticleDates {

    /** The outlets' zone: a date with no offset is read in it. */
    static final ZoneId OUTLET_ZONE = ZoneId.of("Europe/Skopje");

    private ArticleDates() {
    }

    /**
     * An ISO 8601 date ({@code 2026-11-29}), local date-time ({@code 2026-11-29T19:00}) or
     * date-time with an offset or zone ({@code 2026-11-29T18:00:00Z}).
     *
     * @throws DateTimeParseException when it is none of these
     */
    static OffsetDateTime parseIso(String value) {
        String s = value.strip();
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException notOffset) {
            try {
                return ZonedDateTime.parse(s).toOffsetDateTime();
            } catch (DateTimeParseException notZoned) {
                if (s.length() <= 10) {
                    return LocalDate.parse(s).atStartOfDay(OUTLET_ZONE).toOffsetDateTime();
                }
                return LocalDateTime.parse(s).atZone(OUTLET_ZONE).toOffsetDateTime();
            }
        }
    }

    static Optional<OffsetDateTime> of(Date date) {
        return date == null ? Optional.empty() : Optional.of(of(date.toInstant()));
    }

    static OffsetDateTime of(Instant instant) {
        return instant.atZone(OUTLET_ZONE).toOffsetDateTime();
    }
}
