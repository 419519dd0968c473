package org.vesnik.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.time.MonthNames;

/**
 * Reads the dates pages write: ISO 8601 and RFC 1123 in their metadata, and in their text
 * Macedonian and English dates ({@code 21 февруари 2026}, {@code 21.02.2026 12:30},
 * {@code November 19, 2019}) and timestamps counted back from the fetch time
 * ({@code пред 2 часа}, {@code relative-time.tsv}). A date without an offset is in the zone
 * given; a date without a time is midnight there. Immutable.
 */
final class DateReader {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?![\\d.]\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.?\\s+(\\p{L}{3,}\\.?)\\s*,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<!\\p{L})(\\p{L}{3,}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])([01]?\\d|2[0-3])[:h]([0-5]\\d)(?![\\d:])");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\d{1,3}|\\p{L}+\\.?");
    /** How far from a date its time of day may stand ({@code 21.02.2026, 12:30}). */
    private static final int TIME_REACH = 16;
    private static final int MIN_YEAR = 1990;
    private static final int DATELINE_REACH = 120;
    /** What stands before a dateline's date: a place and a comma ({@code Скопје,}, {@code BUFFALO, N.Y. —}). */
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\s*[\\p{L}][\\p{L} .'/-]{0,40},?\\s*");
    /** What follows it: the agency in brackets, perhaps a time, then a dash. */
    private static final Pattern DATELINE_END = Pattern.compile("[\\s,]*(?:\\d{1,2}:\\d{2}\\s*)?(?:\\([^)]{1,40}\\)|/[^/]{1,40}/)?\\s*[-–—]");
    private static final int MAX_YEAR = 2100;

    private static final Map<String, Integer> ENGLISH_MONTHS = englishMonths();

    private final ZoneId zone;
    private final Map<String, String> relativeWords;

    DateReader(ZoneId zone) {
        this.zone = zone;
        this.relativeWords = relativeWords();
    }

    ZoneId zone() {
        return zone;
    }

    /** A date as metadata writes it: ISO 8601 ({@code 2026-01-03T10:15:00+01:00}), RFC 1123, or as text. */
    Optional<OffsetDateTime> metadata(String value) {
        String s = value.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(s);
        if (iso.lookingAt()) {
            return iso(iso);
        }
        try {
            return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeException notRfc1123) {
            return text(s, Optional.empty());
        }
    }

    /**
     * The first date written in a text, with its time of day when one stands beside it, or a
     * timestamp counted back from {@code fetched} ({@code пред 2 часа}).
     */
    Optional<OffsetDateTime> text(String text, Optional<Instant> fetched) {
        Optional<Found> first = first(text);
        if (first.isPresent()) {
            return Optional.of(first.get().date);
        }
        return fetched.flatMap(f -> relative(text, f));
    }

    /**
     * The date of an agency dateline opening a text: a place, the date, the agency in brackets,
     * and a dash ({@code Скопје, 3 јануари 2026 (МИА) - …}).
     */
    Optional<OffsetDateTime> dateline(String text) {
        Optional<Found> first = first(text.length() > DATELINE_REACH ? text.substring(0, DATELINE_REACH) : text);
        return first.filter(f -> DATELINE_PLACE.matcher(text.substring(0, f.start)).matches()
                        && DATELINE_END.matcher(text.substring(f.end)).lookingAt())
                .map(Found::date);
    }

    /** Where the first date of a text starts, when it has one. */
    OptionalInt start(String text) {
        Optional<Found> first = first(text);
        return first.isPresent() ? OptionalInt.of(first.get().start) : OptionalInt.empty();
    }

    private record Found(int start, int end, OffsetDateTime date) {
    }

    private Optional<Found> first(String text) {
        Optional<Found> best = Optional.empty();
        for (Pattern p : new Pattern[] {ISO, NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find() && (best.isEmpty() || m.start() < best.get().start)) {
                Optional<OffsetDateTime> found = p == ISO ? iso(m) : date(p, m).map(d -> atTimeNear(d, text, m.start(), m.end()));
                if (found.isPresent()) {
                    best = Optional.of(new Found(m.start(), m.end(), found.get()));
                    break;
                }
            }
        }
        return best;
    }

    private Optional<LocalDate> date(Pattern p, Matcher m) {
        int day;
        int month;
        if (p == NUMERIC) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
        } else if (p == DAY_MONTH_YEAR) {
            day = Integer.parseInt(m.group(1));
            month = month(m.group(2)).orElse(0);
        } else {
            month = month(m.group(1)).orElse(0);
            day = Integer.parseInt(m.group(2));
        }
        return localDate(Integer.parseInt(m.group(3)), month, day);
    }

    private static Optional<LocalDate> localDate(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    private OffsetDateTime atTimeNear(LocalDate date, String text, int start, int end) {
        Matcher after = TIME.matcher(text).region(end, Math.min(text.length(), end + TIME_REACH));
        if (after.find()) {
            return inZone(date.atTime(Integer.parseInt(after.group(1)), Integer.parseInt(after.group(2))));
        }
        Matcher before = TIME.matcher(text).region(Math.max(0, start - TIME_REACH), start);
        LocalTime time = LocalTime.MIDNIGHT;
        while (before.find()) {
            time = LocalTime.of(Integer.parseInt(before.group(1)), Integer.parseInt(before.group(2)));
        }
        return inZone(date.atTime(time));
    }

    private Optional<OffsetDateTime> iso(Matcher m) {
        Optional<LocalDate> date = localDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalTime time = LocalTime.MIDNIGHT;
            if (m.group(4) != null) {
                int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
                time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            }
            LocalDateTime local = date.get().atTime(time);
            if (m.group(8) == null) {
                return Optional.of(inZone(local));
            }
            String offset = m.group(8);
            if (!offset.equals("Z") && offset.length() == 5) {
                offset = offset.substring(0, 3) + ":" + offset.substring(3);
            }
            return Optional.of(local.atOffset(ZoneOffset.of(offset)));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    private OffsetDateTime inZone(LocalDateTime local) {
        return ZonedDateTime.of(local, zone).toOffsetDateTime();
    }

    /** {@code пред 2 часа}, {@code пред час}, {@code 5 minutes ago}: the fetch time less that much. */
    private Optional<OffsetDateTime> relative(String text, Instant fetched) {
        Matcher words = NUMBER_WORD.matcher(text);
        String previous2 = "";
        String previous = "";
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            String unit = relativeWords.getOrDefault(word, "");
            if (!unit.isEmpty() && !unit.equals("before") && !unit.equals("after")) {
                // пред 2 часа: the word before the number; пред час: the word before the unit
                if ("before".equals(relativeWords.get(previous2)) && isCount(previous)) {
                    return Optional.of(back(fetched, Integer.parseInt(previous), unit));
                }
                if ("before".equals(relativeWords.get(previous))) {
                    return Optional.of(back(fetched, 1, unit));
                }
                if (isCount(previous) && words.find() && "after".equals(relativeWords.get(words.group().toLowerCase(Locale.ROOT)))) {
                    return Optional.of(back(fetched, Integer.parseInt(previous), unit));
                }
            }
            previous2 = previous;
            previous = word;
        }
        return Optional.empty();
    }

    private static boolean isCount(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    private OffsetDateTime back(Instant fetched, int count, String unit) {
        ZonedDateTime then = fetched.atZone(zone).minus(count, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S"));
        return then.truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime();
    }

    private static OptionalInt month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        OptionalInt macedonian = MonthNames.month(w);
        if (macedonian.isPresent()) {
            return macedonian;
        }
        Integer english = ENGLISH_MONTHS.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
        return english == null ? OptionalInt.empty() : OptionalInt.of(english);
    }

    /** English month names and abbreviations, from the JDK's locale data. */
    private static Map<String, Integer> englishMonths() {
        Map<String, Integer> months = new HashMap<>();
        for (Month m : Month.values()) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                months.put(m.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            }
        }
        return Map.copyOf(months);
    }

    private static Map<String, String> relativeWords() {
        ResourceFile data = ResourceFile.load(DateReader.class, "relative-time.tsv");
        Map<String, String> words = new HashMap<>();
        for (ResourceFile.Row row : data.rows()) {
            String role = row.columns().size() == 2 ? row.column(1) : "";
            if (!role.matches("before|after|second|minute|hour|day|week|month|year")) {
                throw data.error(row, "expected a word and its role: before, after or a unit");
            }
            if (words.put(row.first(), role) != null) {
                throw data.error(row, "duplicate word " + row.first());
            }
        }
        return Map.copyOf(words);
    }
}
