package org.vesnik.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vesnik.core.lang.Ordinals;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.view.SentenceTokens;

/**
 * What date or time starts at a word, and what it resolves to: the rules below, tried in order,
 * the first that applies deciding. Relative dates resolve against the article's date; without
 * one they are unresolved, never guessed.
 */
final class DateRules {

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\.?");
    private static final Pattern CLOCK_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:-?" + Ordinals.endingsPattern() + ")?\\.?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Word {@code i} of a sentence, the article's date (null: unknown), and whether the sentence speaks of the future. */
    record At(SentenceTokens words, int i, LocalDate anchor, boolean future) {

        String form() {
            return words.form(i);
        }

        /** The form of word {@code k}, or "" past the sentence's end. */
        String at(int k) {
            return k >= 0 && k < words.size() ? words.form(k) : "";
        }

        boolean isNumber() {
            return words.kind(i) == TokenKind.NUMBER;
        }
    }

    /** A date's words {@code [first, end)} of the sentence, what it names, its ISO value and whether it was resolved. */
    record Match(int first, int end, String kind, String value, boolean resolved) {
    }

    private final TimeWords words;
    private final RuleList<At, Match> rules;
    private final RuleBook book = RuleBook.load(DateRules.class);

    DateRules(TimeWords words) {
        this.words = words;
        this.rules = RuleList.inOrder(numberRules(), wordRules());
    }

    /** The rules of numbers: dates and times in digits, days before a month's name, years, in order. */
    private List<Rule<At, Match>> numberRules() {
        return List.of(
                rule("numeric-date", "a date in digits: 03.09.2025", "that date", a -> numberMatching(a, NUMERIC_DATE).flatMap(m ->
                        Optional.ofNullable(Calendar.validDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(1)))).map(date -> new Match(a.i(), a.i() + 1, "date", date.toString(), true)))),
                rule("clock-time", "a time of day: 12:30", "that time", a -> numberMatching(a, CLOCK_TIME)
                        .filter(m -> Integer.parseInt(m.group(1)) < 24 && Integer.parseInt(m.group(2)) < 60)
                        .map(m -> new Match(a.i(), a.i() + 1, "time", String.format(Locale.ROOT, "%02d:%s",
                                Integer.parseInt(m.group(1)), m.group(2)), true))),
                rule("day-month-year", "a day, a month's name and a year, perhaps a word for year (year-words.txt) after it", "that date",
                        this::dayMonthYear),
                rule("day-month", "a day and a month's name without a year", "the nearest such day to the article's date",
                        this::dayMonth),
                rule("year-and-year-word", "four digits and a word for year (year-words.txt)", "that year", a -> yearNumber(a)
                        .filter(year -> words.yearWords.contains(a.at(a.i() + 1)) && year >= 1000 && year < 3000)
                        .map(year -> new Match(a.i(), a.i() + 2, "year", a.form(), true))),
                rule("year-after-preposition", "four digits after a preposition of year-prepositions.txt, counting nothing",
                        "that year", a -> yearNumber(a).filter(year -> words.yearPrepositions.contains(a.at(a.i() - 1))
                                && year >= 1900 && year <= 2100 && !countsSomething(a.words(), a.i() + 1))
                                .map(year -> new Match(a.i(), a.i() + 1, "year", a.form(), true))));
    }

    /** The rules of words: months, days and periods counted from the article's date, weekdays, in order. */
    private List<Rule<At, Match>> wordRules() {
        return List.of(
                rule("month-year", "a month's name and a year", "that month", a -> month(a).filter(m -> YEAR.matcher(a.at(a.i() + 1)).matches())
                        .map(m -> new Match(a.i(), words.yearWords.contains(a.at(a.i() + 2)) ? a.i() + 3 : a.i() + 2, "month",
                                YearMonth.of(Integer.parseInt(a.at(a.i() + 1)), m).toString(), true))),
                rule("month", "a month's name alone", "the month nearest the article's date, ties going by tense",
                        a -> month(a).map(m -> a.anchor() == null ? new Match(a.i(), a.i() + 1, "month", null, false)
                                : new Match(a.i(), a.i() + 1, "month", Calendar.nearestMonth(a.anchor(), m, a.future()).toString(), true))),
                rule("relative-day", "a day counted from today (relative-days.tsv)", "that many days from the article's date",
                        a -> Optional.ofNullable(words.relativeDays.get(a.form())).map(days -> a.anchor() == null
                                ? new Match(a.i(), a.i() + 1, "date", null, false)
                                : new Match(a.i(), a.i() + 1, "date", a.anchor().plusDays(days).toString(), true))),
                rule("period-adverb", "an adverb of a week, month or year (period-adverbs.tsv)", "that week, month or year of the article's",
                        a -> Optional.ofNullable(words.periodAdverbs.get(a.form()))
                                .map(p -> period(a.i(), a.i() + 1, p.unit(), p.offset(), a.anchor()))),
                rule("modifier-and-period", "a modifier (period-modifiers.tsv) and a week, month or year (period-units.tsv)",
                        "that week, month or year of the article's", a -> Optional.ofNullable(words.modifiers.get(a.form()))
                                .flatMap(offset -> Optional.ofNullable(words.units.get(a.at(a.i() + 1)))
                                        .map(unit -> period(a.i(), a.i() + 2, unit, offset, a.anchor())))),
                rule("modifier-and-weekday", "a modifier (period-modifiers.tsv) and a weekday", "that day of the week before, this or after",
                        a -> Optional.ofNullable(words.modifiers.get(a.form())).flatMap(offset -> Optional.ofNullable(words.weekdays.get(a.at(a.i() + 1)))
                                .map(day -> weekday(a.i(), a.i() + 2, DayOfWeek.of(day), offset, a)))),
                rule("weekday", "a weekday alone (one that is also a noun, only after a preposition of weekday-prepositions.txt)",
                        "the last such day up to the article's date, or the next one in a sentence about the future",
                        a -> Optional.ofNullable(words.weekdays.get(a.form())).filter(day -> !words.modifiers.containsKey(a.form())
                                && (!words.weekdayNouns.contains(a.form()) || words.weekdayPrepositions.contains(a.at(a.i() - 1))))
                                .map(day -> weekday(a.i(), a.i() + 1, DayOfWeek.of(day), null, a))));
    }

    private Rule<At, Match> rule(String name, String matches, String decides, Function<At, Optional<Match>> decision) {
        return book.rule(name, matches, decides, decision);
    }

    RuleList<At, Match> rules() {
        return rules;
    }

    /**
     * Whether a rule may apply at word {@code i}: a number, or a word of one of the time lists. Most
     * words are neither; they are passed without asking every rule.
     */
    boolean mayStartAt(SentenceTokens sentence, int i) {
        String form = sentence.form(i);
        return sentence.kind(i) == TokenKind.NUMBER || words.months.containsKey(form) || words.weekdays.containsKey(form)
                || words.relativeDays.containsKey(form) || words.periodAdverbs.containsKey(form) || words.modifiers.containsKey(form);
    }

    private static Optional<Matcher> numberMatching(At a, Pattern pattern) {
        if (!a.isNumber()) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(a.form());
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }

    private static Optional<Integer> yearNumber(At a) {
        return numberMatching(a, YEAR).map(m -> Integer.parseInt(a.form()));
    }

    /** A month's name (not an abbreviation with its stop), as its number. */
    private Optional<Integer> month(At a) {
        return a.form().endsWith(".") ? Optional.empty() : Optional.ofNullable(words.months.get(a.form()));
    }

    /** 3 септември 2025 (година); a day that does not exist is no date at all. */
    private Optional<Match> dayMonthYear(At a) {
        Optional<Matcher> day = numberMatching(a, DAY_OF_MONTH);
        Integer month = words.months.get(a.at(a.i() + 1));
        String year = a.at(a.i() + 2);
        if (day.isEmpty() || month == null || !YEAR.matcher(year).matches()) {
            return Optional.empty();
        }
        int end = words.yearWords.contains(a.at(a.i() + 3)) ? a.i() + 4 : a.i() + 3;
        return Optional.ofNullable(Calendar.validDate(Integer.parseInt(year), month, Integer.parseInt(day.get().group(1))))
                .map(date -> new Match(a.i(), end, "date", date.toString(), true));
    }

    /** 30 август: the nearest such day (29 February counts: 2000 was a leap year). */
    private Optional<Match> dayMonth(At a) {
        Optional<Matcher> day = numberMatching(a, DAY_OF_MONTH);
        Integer month = words.months.get(a.at(a.i() + 1));
        if (day.isEmpty() || month == null || YEAR.matcher(a.at(a.i() + 2)).matches()) {
            return Optional.empty();
        }
        int dayOfMonth = Integer.parseInt(day.get().group(1));
        if (Calendar.validDate(2000, month, dayOfMonth) == null) {
            return Optional.empty();
        }
        return Optional.of(a.anchor() == null ? new Match(a.i(), a.i() + 2, "date", null, false)
                : new Match(a.i(), a.i() + 2, "date", Calendar.nearestDay(a.anchor(), MonthDay.of(month, dayOfMonth)).toString(), true));
    }

    /** Whether the token after a number is what it counts (2000 куќи), so the number is no year. */
    private static boolean countsSomething(SentenceTokens words, int j) {
        if (j >= words.size()) {
            return false;
        }
        Upos tag = words.tag(j);
        return tag == null || tag == Upos.NOUN || tag == Upos.ADJ || tag == Upos.NUM || tag == Upos.PROPN;
    }

    private static Match period(int first, int end, String unit, int offset, LocalDate anchor) {
        return anchor == null ? new Match(first, end, unit, null, false) : new Match(first, end, unit, Calendar.period(unit, offset, anchor), true);
    }

    private static Match weekday(int first, int end, DayOfWeek day, Integer modifier, At a) {
        return a.anchor() == null ? new Match(first, end, "date", null, false)
                : new Match(first, end, "date", Calendar.weekday(day, modifier, a.anchor(), a.future()).toString(), true);
    }
}
