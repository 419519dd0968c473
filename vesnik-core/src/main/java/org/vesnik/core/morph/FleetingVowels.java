package org.vesnik.core.morph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vesnik.core.lang.Letters;
import org.vesnik.core.resources.ResourceFile;

/**
 * Puts back the vowel a masculine stem drops ({@code светл-} → {@code светол}): {@code fleeting-vowels.tsv},
 * and {@code glide-vowels.tsv} for a glide that stands for the vowel ({@code бескрајн-} → {@code бескраен}).
 */
final class FleetingVowels {

    private static final Letters LETTERS = Letters.macedonian();

    private final Map<Character, List<String>> vowelsByLastConsonant;
    /** Endings of two letters a glide begins, and the masculine ending each stands for (јн → ен). */
    private final Map<String, String> glideEndings;

    private FleetingVowels(Map<Character, List<String>> vowelsByLastConsonant, Map<String, String> glideEndings) {
        this.vowelsByLastConsonant = Map.copyOf(vowelsByLastConsonant);
        this.glideEndings = Map.copyOf(glideEndings);
    }

    static FleetingVowels load() {
        ResourceFile file = ResourceFile.load(FleetingVowels.class, "fleeting-vowels.tsv");
        Map<Character, List<String>> map = new HashMap<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || row.first().length() != 1) {
                throw file.error(row, "expected a consonant and the vowels to try");
            }
            if (map.put(row.first().charAt(0), List.of(row.column(1).split(" +"))) != null) {
                throw file.error(row, "duplicate consonant " + row.first());
            }
        }
        ResourceFile glides = ResourceFile.load(FleetingVowels.class, "glide-vowels.tsv");
        Map<String, String> glideEndings = new HashMap<>();
        for (ResourceFile.Row row : glides.rows()) {
            if (row.columns().size() != 2 || row.first().length() != 2 || !LETTERS.isGlide(row.first().charAt(0))
                    || glideEndings.put(row.first(), row.column(1)) != null) {
                throw glides.error(row, "expected a glide and a consonant, once, and the masculine ending");
            }
        }
        return new FleetingVowels(map, glideEndings);
    }

    /** The stems with the vowel restored, likeliest first; empty when {@code stem} needs none. */
    List<String> restore(String stem) {
        int n = stem.length();
        if (n < 3) {
            return List.of();
        }
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        List<String> vowels = vowelsByLastConsonant.get(last);
        String glideEnding = LETTERS.isGlide(before) ? glideEndings.get(stem.substring(n - 2)) : null;
        if (glideEnding != null) {
            return List.of(stem.substring(0, n - 2) + glideEnding); // бескрајна → бескраен, тајна → таен
        }
        if (vowels == null || isVowel(before) || LETTERS.isGlide(before)) {
            return List.of();
        }
        // a syllabic р (црн, прв, тврд) carries the syllable itself
        if (LETTERS.isSyllabic(before) && (n == 2 || !isVowel(stem.charAt(n - 3)))) {
            return List.of();
        }
        String head = stem.substring(0, n - 1);
        return vowels.stream().map(v -> head + v + last).toList();
    }

    static boolean isVowel(char c) {
        return LETTERS.isVowel(c);
    }
}
