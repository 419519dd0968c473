package org.vesnik.core.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.resources.WordSet;

/** The words of dates ({@code months.tsv}, {@code weekdays.tsv} and the relative-time files). Immutable. */
final class TimeWords {

    /** A period relative to the article's date: a unit (week, month, year) and an offset in it. */
    record Period(String unit, int offset) {
    }

    final Map<String, Integer> months;
    final Map<String, Integer> weekdays;
    final Map<String, Integer> relativeDays;
    final Map<String, Integer> modifiers;
    final Map<String, String> units;
    final Map<String, Period> periodAdverbs;
    final WordSet yearWords = WordSet.load(TimeWords.class, "year-words.txt");
    final WordSet yearPrepositions = WordSet.load(TimeWords.class, "year-prepositions.txt");
    final WordSet weekdayPrepositions = WordSet.load(TimeWords.class, "weekday-prepositions.txt");
    final WordSet weekdayNouns = WordSet.load(TimeWords.class, "weekday-nouns.txt");

    private TimeWords() {
        months = numbers("months.tsv");
        weekdays = numbers("weekdays.tsv");
        relativeDays = numbers("relative-days.tsv");
        modifiers = numbers("period-modifiers.tsv");
        units = new HashMap<>();
        for (ResourceFile.Row row : rows("period-units.tsv", 2)) {
            units.put(row.first(), unit(row.column(1)));
        }
        periodAdverbs = new HashMap<>();
        for (ResourceFile.Row row : rows("period-adverbs.tsv", 3)) {
            periodAdverbs.put(row.first(), new Period(unit(row.column(1)), Integer.parseInt(row.column(2))));
        }
    }

    private static final class Holder {
        static final TimeWords INSTANCE = new TimeWords();
    }

    static TimeWords instance() {
        return Holder.INSTANCE;
    }

    private static Map<String, Integer> numbers(String file) {
        Map<String, Integer> map = new HashMap<>();
        for (ResourceFile.Row row : rows(file, 2)) {
            map.put(row.first(), Integer.parseInt(row.column(1)));
        }
        return Map.copyOf(map);
    }

    /** The rows of {@code file}, each of {@code columns} columns, no word twice. */
    private static Iterable<ResourceFile.Row> rows(String file, int columns) {
        ResourceFile resource = ResourceFile.load(TimeWords.class, file);
        Set<String> seen = new HashSet<>();
        for (ResourceFile.Row row : resource.rows()) {
            if (row.columns().size() != columns) {
                throw resource.error(row, "expected " + columns + " columns");
            }
            if (!seen.add(row.first())) {
                throw resource.error(row, "duplicate word " + row.first());
            }
        }
        return resource.rows();
    }

    private static String unit(String unit) {
        if (!unit.equals("week") && !unit.equals("month") && !unit.equals("year")) {
            throw new IllegalStateException("unknown period unit " + unit);
        }
        return unit;
    }
}
