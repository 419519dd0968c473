package org.vesnik.core.translit;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vesnik.core.resources.ResourceFile;

/**
 * Writes romanized Macedonian back in Cyrillic. For one {@link RomanizationSystem} it reads that
 * system's spellings; {@link #bestEffort()} reads every system's spellings and the common
 * habits of people who type names ({@code Dzhong}, {@code Djordje}, {@code Alexandar}). Where
 * a letter group is ambiguous ({@code dz} is ѕ in BGN but Џ in {@code Kim Dzong Un},
 * {@code podzemen} is подземен) the answer takes the most likely reading and
 * {@link #candidates} lists the others. Immutable and thread-safe.
 */
public final class Cyrillizer {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** Beyond this many readings of one text, the rarest are not listed. */
    private static final int MAX_READINGS = 256;

    // keys in NFD lower case; values: Cyrillic readings, most likely first
    private final Map<String, List<String>> groups;
    private final Map<String, List<String>> wordStarts;
    private final int longestGroup;
    private final int longestWordStart;

    private Cyrillizer(Map<String, List<String>> groups, Map<String, List<String>> wordStarts) {
        this.groups = Map.copyOf(groups);
        this.wordStarts = Map.copyOf(wordStarts);
        this.longestGroup = groups.keySet().stream().mapToInt(String::length).max().orElse(1);
        this.longestWordStart = wordStarts.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Reverses one system's romanization. */
    public static Cyrillizer of(RomanizationSystem system) {
        Map<String, List<String>> groups = new HashMap<>();
        addTable(groups, system.tableFile());
        return withAmbiguities(groups);
    }

    /** Reverses any of the supported systems and common informal spellings. */
    public static Cyrillizer bestEffort() {
        Map<String, List<String>> groups = new HashMap<>();
        for (RomanizationSystem system : RomanizationSystem.values()) {
            addTable(groups, system.tableFile());
        }
        addReadings(groups, "latin-spellings.tsv", false);
        return withAmbiguities(groups);
    }

    private static Cyrillizer withAmbiguities(Map<String, List<String>> groups) {
        addReadings(groups, "reverse-ambiguities.tsv", true);
        Map<String, List<String>> wordStarts = new HashMap<>();
        addReadings(wordStarts, "reverse-word-starts.tsv", false);
        return new Cyrillizer(groups, wordStarts);
    }

    private static void addTable(Map<String, List<String>> groups, String fileName) {
        for (Map.Entry<Character, String> entry : LetterTable.load(fileName).entries().entrySet()) {
            String latin = NFD.normalize(entry.getValue());
            String cyrillic = String.valueOf(entry.getKey());
            List<String> known = groups.putIfAbsent(latin, List.of(cyrillic));
            if (known != null && !known.get(0).equals(cyrillic)) {
                throw new IllegalStateException(fileName + ": '" + latin + "' is " + known.get(0)
                        + " in another system and " + cyrillic + " here");
            }
        }
    }

    /**
     * Reads {@code latin<TAB>readings} lines. With {@code refineOnly}, a line only adds readings
     * to a group the tables already have, and must keep the tables' first reading.
     */
    private static void addReadings(Map<String, List<String>> target, String fileName, boolean refineOnly) {
        ResourceFile file = ResourceFile.load(Cyrillizer.class, fileName);
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || row.first().isEmpty() || row.column(1).isEmpty()) {
                throw file.error(row, "expected a Latin group and its Cyrillic readings");
            }
            String latin = NFD.normalize(row.first());
            List<String> readings = List.of(row.column(1).split(" +"));
            if (!latin.equals(latin.toLowerCase(Locale.ROOT))) {
                throw file.error(row, "the Latin group must be lower case");
            }
            List<String> known = target.get(latin);
            if (refineOnly) {
                if (known == null) {
                    continue; // this system does not use the group
                }
                if (!known.get(0).equals(readings.get(0))) {
                    throw file.error(row, "the first reading must be the table's " + known.get(0));
                }
            } else if (known != null) {
                throw file.error(row, "'" + row.first() + "' is already defined");
            }
            target.put(latin, readings);
        }
    }

    /** The most likely Cyrillic spelling of {@code latin}. */
    public String cyrillize(String latin) {
        List<List<String>> parts = parse(latin);
        StringBuilder out = new StringBuilder(latin.length());
        for (List<String> part : parts) {
            out.append(part.get(0));
        }
        return NFC.normalize(out.toString());
    }

    /**
     * Up to {@code limit} Cyrillic spellings of {@code latin}, the most likely first; the others
     * change fewer and likelier letters first. For search: {@code Dzong} → Ѕонг, Џонг, Дзонг.
     */
    public List<String> candidates(String latin, int limit) {
        List<List<String>> parts = parse(latin);
        List<Reading> readings = new ArrayList<>();
        expand(parts, 0, new StringBuilder(), 0, readings);
        readings.sort(Comparator.comparingInt(Reading::rank));
        Set<String> unique = new LinkedHashSet<>();
        for (Reading reading : readings) {
            if (unique.size() == limit) {
                break;
            }
            unique.add(NFC.normalize(reading.text()));
        }
        return List.copyOf(unique);
    }

    private record Reading(String text, int rank) {
    }

    private static void expand(List<List<String>> parts, int index, StringBuilder prefix, int rank, List<Reading> out) {
        if (out.size() >= MAX_READINGS) {
            return;
        }
        if (index == parts.size()) {
            out.add(new Reading(prefix.toString(), rank));
            return;
        }
        List<String> options = parts.get(index);
        int length = prefix.length();
        for (int i = 0; i < options.size(); i++) {
            prefix.append(options.get(i));
            expand(parts, index + 1, prefix, rank + i, out);
            prefix.setLength(length);
        }
    }

    /** The text as a sequence of parts, each with its readings already in the right case. */
    private List<List<String>> parse(String latin) {
        String text = NFD.normalize(latin);
        char[] lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(text.charAt(i));
        }
        String folded = new String(lower);
        List<List<String>> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean wordStart = i == 0 || !isLetterOrMark(text.charAt(i - 1));
            int matched = 0;
            List<String> readings = null;
            if (wordStart) {
                matched = longestMatch(wordStarts, longestWordStart, folded, i, false);
                readings = matched == 0 ? null : wordStarts.get(folded.substring(i, i + matched));
            }
            if (readings == null) {
                matched = longestMatch(groups, longestGroup, folded, i, false);
                if (matched == 0) {
                    // a mark no group knows (ẑ outside ISO 9): read the letter, keep the mark
                    matched = longestMatch(groups, longestGroup, folded, i, true);
                }
                readings = matched == 0 ? null : groups.get(folded.substring(i, i + matched));
            }
            if (readings == null) {
                parts.add(List.of(String.valueOf(text.charAt(i))));
                i++;
                continue;
            }
            List<String> cased = new ArrayList<>(readings.size());
            for (String reading : readings) {
                cased.add(inCase(reading, text, i, i + matched));
            }
            parts.add(cased);
            i += matched;
        }
        return parts;
    }

    /**
     * The length of the longest key of {@code map} at {@code text[start…]}, or 0. Unless
     * {@code splitMarks}, a match may not end between a letter and its accent, so that
     * {@code dž} is never read as {@code dz} + caron.
     */
    private static int longestMatch(Map<String, List<String>> map, int longest, String text, int start, boolean splitMarks) {
        for (int n = Math.min(longest, text.length() - start); n > 0; n--) {
            int end = start + n;
            if (map.containsKey(text.substring(start, end))
                    && (splitMarks || end == text.length() || !isMark(text.charAt(end)))) {
                return n;
            }
        }
        return 0;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isLetterOrMark(char c) {
        return Character.isLetter(c) || isMark(c);
    }

    /**
     * {@code cyrillic} in the case of the Latin {@code text[start, end)}: a capital first letter
     * gives a capital first letter; the rest are capitals when the Latin group is all capitals
     * ({@code LJ}, not {@code Lj}), or, for one Latin letter, when the letter after it is a capital.
     */
    private static String inCase(String cyrillic, String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return cyrillic;
        }
        int letters = 0;
        boolean allCapitals = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allCapitals &= Character.isUpperCase(c);
            }
        }
        if (letters < 2) {
            allCapitals = end < text.length() && Character.isUpperCase(text.charAt(end));
        }
        String first = cyrillic.substring(0, 1).toUpperCase(Locale.ROOT);
        String rest = cyrillic.substring(1);
        return first + (allCapitals ? rest.toUpperCase(Locale.ROOT) : rest);
    }
}
