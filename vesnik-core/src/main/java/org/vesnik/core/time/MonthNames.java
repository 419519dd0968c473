package org.vesnik.core.time;

import java.util.Locale;
import java.util.OptionalInt;

/** The Macedonian month names of {@code months.tsv}, for readers of dates outside the date tagger. */
public final class MonthNames {

    private MonthNames() {
    }

    /** The month (1–12) a Macedonian month name or its newspaper abbreviation names, in any case. */
    public static OptionalInt month(String word) {
        Integer month = TimeWords.instance().months.get(word.toLowerCase(Locale.ROOT));
        return month == null ? OptionalInt.empty() : OptionalInt.of(month);
    }
}
