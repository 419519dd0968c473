package org.vesnik.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.view.SentenceTokens;
import org.vesnik.core.view.TokenView;

/**
 * Finds dates and times: absolute ({@code 3 септември 2025}, {@code 03.09.2025},
 * {@code мај 2000 година}, {@code 2025 година}, {@code 12:30}) and relative ({@code вчера},
 * {@code во среда}, {@code минатиот петок}, {@code оваа недела}, {@code минатата година},
 * {@code лани}), and resolves them against the article's date: the {@link #ARTICLE_DATE} layer
 * if the document has one, else the date the tagger was built with. Without a date, relative
 * expressions are reported unresolved. A weekday without a modifier is the last such day up to
 * the article's date, or the next one from it when the sentence speaks of the future (ќе).
 */
public final class DateTagger implements Stage {

    /** The date the article was written, when the caller knows it (from metadata). */
    public static final Layer<LocalDate> ARTICLE_DATE = Layer.named("articleDate");

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\.?");
    private static final Pattern CLOCK_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:-?(?:ти|ви|ри|ми))?\\.?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String AMBIGUOUS_SUNDAY = "недела";

    private final TimeWords timeWords = TimeWords.instance();
    private final FunctionWords functionWords = FunctionWords.macedonian();
    private final LocalDate defaultAnchor;

    /** Resolves against {@code articleDate} (null: unknown) unless a document has its own. */
    public DateTagger(LocalDate articleDate) {
        this.defaultAnchor = articleDate;
    }

    @Override
    public List<Layer<?>> needs() {
        return TokenView.LAYERS;
    }

    @Override
    public List<Layer<?>> uses() {
        return List.of(ARTICLE_DATE);
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(DateMention.LAYER);
    }

    @Override
    public boolean macedonianOnly() {
        return true;
    }

    private record Match(int first, int end, String kind, String value, boolean resolved) {
    }

    @Override
    public void annotate(Document document) {
        LocalDate anchor = document.has(ARTICLE_DATE) ? document.get(ARTICLE_DATE) : defaultAnchor;
        TokenView view = TokenView.of(document);
        List<DateMention> mentions = new ArrayList<>();
        for (int s = 0; s < view.sentences().size(); s++) {
            SentenceTokens words = view.sentence(s);
            boolean future = speaksOfFuture(words);
            int i = 0;
            while (i < words.size()) {
                Match match = matchAt(words, i, anchor, future);
                if (match == null) {
                    i++;
                    continue;
                }
                TextSpan span = words.words(match.first(), match.end());
                mentions.add(new DateMention(span.span(), span.text(), match.kind(), match.value(), match.resolved()));
                i = match.end();
            }
        }
        document.add(DateMention.LAYER, List.copyOf(mentions));
    }

    /** Whether the sentence speaks of the future (ќе). */
    private boolean speaksOfFuture(SentenceTokens words) {
        for (int i = 0; i < words.size(); i++) {
            if (functionWords.isFuture(words.form(i))) {
                return true;
            }
        }
        return false;
    }

    private Match matchAt(SentenceTokens words, int i, LocalDate anchor, boolean future) {
        String form = words.form(i);
        boolean number = words.kind(i) == TokenKind.NUMBER;
        String next = i + 1 < words.size() ? words.form(i + 1) : "";
        String previous = i > 0 ? words.form(i - 1) : "";
        if (number) {
            Match match = numeric(words, i, anchor, previous, next);
            if (match != null) {
                return match;
            }
        }
        Integer month = timeWords.months.get(form);
        if (month != null && !form.endsWith(".")) {
            if (YEAR.matcher(next).matches()) {
                int end = timeWords.yearWords.contains(i + 2 < words.size() ? words.form(i + 2) : "") ? i + 3 : i + 2;
                return new Match(i, end, "month", YearMonth.of(Integer.parseInt(next), month).toString(), true);
            }
            if (anchor == null) {
                return new Match(i, i + 1, "month", null, false);
            }
            return new Match(i, i + 1, "month", nearestMonth(anchor, month, future).toString(), true);
        }
        Integer days = timeWords.relativeDays.get(form);
        if (days != null) {
            return anchor == null ? new Match(i, i + 1, "date", null, false)
                    : new Match(i, i + 1, "date", anchor.plusDays(days).toString(), true);
        }
        TimeWords.Period adverb = timeWords.periodAdverbs.get(form);
        if (adverb != null) {
            return period(i, i + 1, adverb.unit(), adverb.offset(), anchor);
        }
        Integer modifier = timeWords.modifiers.get(form);
        if (modifier != null) {
            String unit = timeWords.units.get(next);
            if (unit != null) {
                return period(i, i + 2, unit, modifier, anchor);
            }
            Integer weekday = timeWords.weekdays.get(next);
            if (weekday != null) {
                return weekday(i, i + 2, DayOfWeek.of(weekday), modifier, anchor, future);
            }
            return null;
        }
        Integer weekday = timeWords.weekdays.get(form);
        if (weekday != null && (!form.equals(AMBIGUOUS_SUNDAY) || timeWords.weekdayPrepositions.contains(previous))) {
            return weekday(i, i + 1, DayOfWeek.of(weekday), null, anchor, future);
        }
        return null;
    }

    /** A token the tokenizer found to be a number: a date, a time, a day before a month, or a year. */
    private Match numeric(SentenceTokens words, int i, LocalDate anchor, String previous, String next) {
        String form = words.form(i);
        Matcher date = NUMERIC_DATE.matcher(form);
        if (date.matches()) {
            LocalDate value = validDate(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(1)));
            return value == null ? null : new Match(i, i + 1, "date", value.toString(), true);
        }
        Matcher clock = CLOCK_TIME.matcher(form);
        if (clock.matches() && Integer.parseInt(clock.group(1)) < 24 && Integer.parseInt(clock.group(2)) < 60) {
            return new Match(i, i + 1, "time", String.format(Locale.ROOT, "%02d:%s",
                    Integer.parseInt(clock.group(1)), clock.group(2)), true);
        }
        Matcher day = DAY_OF_MONTH.matcher(form);
        Integer month = timeWords.months.get(next);
        if (day.matches() && month != null) {
            int dayOfMonth = Integer.parseInt(day.group(1));
            String yearForm = i + 2 < words.size() ? words.form(i + 2) : "";
            if (YEAR.matcher(yearForm).matches()) {
                LocalDate value = validDate(Integer.parseInt(yearForm), month, dayOfMonth);
                if (value == null) {
                    return null;
                }
                int end = timeWords.yearWords.contains(i + 3 < words.size() ? words.form(i + 3) : "") ? i + 4 : i + 3;
                return new Match(i, end, "date", value.toString(), true);
            }
            if (validDate(2000, month, dayOfMonth) == null) { // 2000 is a leap year: 29 February is valid
                return null;
            }
            return anchor == null ? new Match(i, i + 2, "date", null, false)
                    : new Match(i, i + 2, "date", nearestDay(anchor, MonthDay.of(month, dayOfMonth)).toString(), true);
        }
        if (YEAR.matcher(form).matches()) {
            int year = Integer.parseInt(form);
            if (timeWords.yearWords.contains(next) && year >= 1000 && year < 3000) {
                return new Match(i, i + 2, "year", form, true);
            }
            if (timeWords.yearPrepositions.contains(previous) && year >= 1900 && year <= 2100 && !countsSomething(words, i + 1)) {
                return new Match(i, i + 1, "year", form, true);
            }
        }
        return null;
    }

    /** Whether the token after a number is what it counts (2000 куќи), so the number is no year. */
    private static boolean countsSomething(SentenceTokens words, int j) {
        if (j >= words.size()) {
            return false;
        }
        Upos tag = words.tag(j);
        return tag == null || tag == Upos.NOUN || tag == Upos.ADJ || tag == Upos.NUM || tag == Upos.PROPN;
    }

    private static LocalDate validDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Match period(int first, int end, String unit, int offset, LocalDate anchor) {
        if (anchor == null) {
            return new Match(first, end, unit, null, false);
        }
        String value = switch (unit) {
            case "week" -> {
                LocalDate day = anchor.plusWeeks(offset);
                yield String.format(Locale.ROOT, "%d-W%02d",
                        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "month" -> YearMonth.from(anchor).plusMonths(offset).toString();
            default -> Integer.toString(anchor.getYear() + offset);
        };
        return new Match(first, end, unit, value, true);
    }

    /**
     * A weekday: with a modifier, in this week (овој петок), the one before (минатиот петок) or
     * after (следниот петок); without one, the last up to the article's date, or the next from
     * it in a sentence about the future.
     */
    private static Match weekday(int first, int end, DayOfWeek day, Integer modifier, LocalDate anchor, boolean future) {
        if (anchor == null) {
            return new Match(first, end, "date", null, false);
        }
        LocalDate value;
        if (modifier == null) {
            value = anchor.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
        } else if (modifier < 0) {
            value = anchor.with(TemporalAdjusters.previous(day));
        } else if (modifier > 0) {
            value = anchor.with(TemporalAdjusters.next(day));
        } else {
            value = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
        }
        return new Match(first, end, "date", value.toString(), true);
    }

    /** The day of {@code monthDay} closest to the article's date (3 септември in a January article is last year's). */
    private static LocalDate nearestDay(LocalDate anchor, MonthDay monthDay) {
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
    private static YearMonth nearestMonth(LocalDate anchor, int month, boolean future) {
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
