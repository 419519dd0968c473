package org.vesnik.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The calendar arithmetic that resolves dates against the article's date: weekdays, periods, the nearest day or month. */
final class Calendar {

    private Calendar() {
    }

    /** The date, or null where there is none (31 February). */
    static LocalDate validDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ISO value of the {@code unit} (week, month, year) {@code offset} units from the article's date. */
    static String period(String unit, int offset, LocalDate anchor) {
        return switch (unit) {
            case "week" -> {
                LocalDate day = anchor.plusWeeks(offset);
                yield String.format(Locale.ROOT, "%d-W%02d",
                        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "month" -> YearMonth.from(anchor).plusMonths(offset).toString();
            default -> Integer.toString(anchor.getYear() + offset);
        };
    }

    /**
     * A weekday: with a modifier, in this week (овој петок), the one before (минатиот петок) or
     * after (следниот петок); without one, the last up to the article's date, or the next from
     * it in a sentence about the future.
     */
    static LocalDate weekday(DayOfWeek day, Integer modifier, LocalDate anchor, boolean future) {
        if (modifier == null) {
            return anchor.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
        } else if (modifier < 0) {
            return anchor.with(TemporalAdjusters.previous(day));
        } else if (modifier > 0) {
            return anchor.with(TemporalAdjusters.next(day));
        }
        return anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
    }

    /** The day of {@code monthDay} closest to the article's date (3 септември in a January article is last year's). */
    static LocalDate nearestDay(LocalDate anchor, MonthDay monthDay) {
        LocalDate best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            if (!monthDay.isValidYear(year)) {
                continue;
            }
            LocalDate candidate = monthDay.atYear(year);
            if (best == null || Math.abs(candidate.toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    /** The month named, in the year that puts it nearest the article's date; ties go by tense. */
    static YearMonth nearestMonth(LocalDate anchor, int month, boolean future) {
        YearMonth current = YearMonth.from(anchor);
        YearMonth best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            long distance = Math.abs(candidate.getYear() * 12L + candidate.getMonthValue()
                    - (current.getYear() * 12L + current.getMonthValue()));
            boolean tieBrokenByTense = distance == bestDistance && (future == candidate.isAfter(current));
            if (distance < bestDistance || tieBrokenByTense) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
