package org.vesnik.core.lang;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vesnik.core.resources.WordSet;

/** The endings of ordinals written in digits ({@code ordinal-endings.txt}: 26-ти), as a regular expression. */
public final class Ordinals {

    private static final class Holder {
        static final String ENDINGS = load();
    }

    private Ordinals() {
    }

    private static String load() {
        WordSet endings = WordSet.load(Ordinals.class, "ordinal-endings.txt");
        return endings.words().stream().sorted().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** A group that matches one ordinal ending, to build the patterns of numbers with it. */
    public static String endingsPattern() {
        return Holder.ENDINGS;
    }
}
