package org.vesnik.core.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vesnik.core.resources.ResourceFile;

/** Macedonian abbreviations written with a full stop, and where each may stand in a sentence. */
public final class Abbreviations {

    /** Where an abbreviation may stand, which decides whether its stop can end a sentence. */
    public enum Position {
        INSIDE, BEFORE_NAME, BEFORE_NUMBER, AFTER_NUMBER, ANY;

        static Position parse(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final class Holder {
        static final Abbreviations MACEDONIAN = load("abbreviations.tsv");
    }

    private final Map<String, Position> byForm;
    private final int longest;
    /** Forms with a stop inside ({@code т.е.}), matched before the tokenizer splits at the stop. */
    private final List<String> dotted;

    private Abbreviations(Map<String, Position> byForm, List<String> dotted) {
        this.byForm = Map.copyOf(byForm);
        this.dotted = List.copyOf(dotted);
        this.longest = byForm.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static Abbreviations macedonian() {
        return Holder.MACEDONIAN;
    }

    static Abbreviations load(String fileName) {
        ResourceFile file = ResourceFile.load(Abbreviations.class, fileName);
        Map<String, Position> byForm = new HashMap<>();
        List<String> dotted = new ArrayList<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2) {
                throw file.error(row, "expected abbreviation TAB position");
            }
            String form = row.first();
            if (!form.endsWith(".") || !form.equals(form.toLowerCase(Locale.ROOT))) {
                throw file.error(row, "an abbreviation is lower case and ends with its stop: " + form);
            }
            Position position;
            try {
                position = Position.parse(row.column(1));
            } catch (IllegalArgumentException e) {
                throw file.error(row, "unknown position " + row.column(1));
            }
            if (byForm.put(form, position) != null) {
                throw file.error(row, "duplicate abbreviation " + form);
            }
            if (form.indexOf('.') < form.length() - 1) {
                dotted.add(form);
            }
        }
        // longest first, so that "и.т.н." wins over a shorter prefix
        dotted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return new Abbreviations(byForm, dotted);
    }

    /** The position of the abbreviation {@code text[start, end)}, which includes its final stop. */
    public Optional<Position> lookup(CharSequence text, int start, int end) {
        if (end - start > longest) {
            return Optional.empty(); // most words before a stop end a sentence: no need to look
        }
        return Optional.ofNullable(byForm.get(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT)));
    }

    /**
     * The end of the longest abbreviation with inner stops ({@code т.е.}) that starts at
     * {@code start} and is not followed by a letter, or -1.
     */
    public int matchDotted(CharSequence text, int start) {
        for (String form : dotted) {
            int end = start + form.length();
            if (end <= text.length() && regionMatchesIgnoreCase(text, start, form)
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int start, String lowerForm) {
        for (int k = 0; k < lowerForm.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != lowerForm.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return byForm.size();
    }
}
