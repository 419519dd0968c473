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

    private final int longest;
    // allocation-free lookup: the forms' hashes sorted, with their forms and positions beside
    private final int[] hashes;
    private final String[] forms;
    private final Position[] positions;
    /** For each first letter in either case (folded to a small index), a bit for each length some form has. */
    private final long[] lengthsByFirstLetter = new long[FIRST_LETTER_SLOTS];

    private static final int FIRST_LETTER_SLOTS = 128;
    /** Forms with a stop inside ({@code т.е.}), matched before the tokenizer splits at the stop. */
    private final List<String> dotted;

    private Abbreviations(Map<String, Position> byForm, List<String> dotted) {
        this.dotted = List.copyOf(dotted);
        this.longest = byForm.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<Map.Entry<String, Position>> entries = new ArrayList<>(byForm.entrySet());
        entries.sort((a, b) -> Integer.compare(a.getKey().hashCode(), b.getKey().hashCode()));
        this.hashes = entries.stream().mapToInt(e -> e.getKey().hashCode()).toArray();
        this.forms = entries.stream().map(Map.Entry::getKey).toArray(String[]::new);
        this.positions = entries.stream().map(Map.Entry::getValue).toArray(Position[]::new);
        for (String form : forms) {
            long length = 1L << Math.min(63, form.length());
            // both cases, so that a lookup needs no lower-casing (Character.toLowerCase is slow)
            lengthsByFirstLetter[slot(form.charAt(0))] |= length;
            lengthsByFirstLetter[slot(Character.toUpperCase(form.charAt(0)))] |= length;
        }
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
        if (end - start > longest || end - start < 2
                || (lengthsByFirstLetter[slot(text.charAt(start))] & (1L << (end - start))) == 0) {
            return Optional.empty(); // most words before a stop end a sentence: no need to look
        }
        int hash = 0; // String.hashCode of the lower-cased region, without making the string
        for (int k = start; k < end; k++) {
            hash = 31 * hash + lowerCase(text.charAt(k));
        }
        int i = java.util.Arrays.binarySearch(hashes, hash);
        if (i < 0) {
            return Optional.empty();
        }
        while (i > 0 && hashes[i - 1] == hash) {
            i--;
        }
        for (; i < hashes.length && hashes[i] == hash; i++) {
            if (forms[i].length() == end - start && regionMatchesIgnoreCase(text, start, forms[i])) {
                return Optional.of(positions[i]);
            }
        }
        return Optional.empty();
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

    /** A small index for a letter; letters may share one, which only costs a look. */
    private static int slot(char letter) {
        return letter & (FIRST_LETTER_SLOTS - 1);
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int start, String lowerForm) {
        for (int k = 0; k < lowerForm.length(); k++) {
            if (lowerCase(text.charAt(start + k)) != lowerForm.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lower case of a character, with Cyrillic and ASCII done by arithmetic: this runs at
     * every sentence end, and {@link Character#toLowerCase(char)} looks up Unicode tables.
     */
    private static char lowerCase(char c) {
        // the Cyrillic block: capitals U+0410-U+042F are their small letters less 0x20, capitals
        // U+0400-U+040F theirs less 0x50; small letters run U+0430-U+045F
        if (c >= '\u0410' && c <= '\u042F') {
            return (char) (c + 0x20);
        }
        if (c >= '\u0400' && c <= '\u040F') {
            return (char) (c + 0x50);
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return c < 0x80 || c >= '\u0430' && c <= '\u045F' ? c : Character.toLowerCase(c);
    }

    /** The length of the longest abbreviation, stop included. */
    public int longest() {
        return longest;
    }

    public int size() {
        return forms.length;
    }
}
