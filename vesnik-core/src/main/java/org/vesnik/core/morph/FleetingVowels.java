package org.vesnik.core.morph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vesnik.core.resources.ResourceFile;

/** Puts back the vowel a masculine stem drops ({@code светл-} → {@code светол}); {@code fleeting-vowels.tsv}. */
final class FleetingVowels {

    private static final String VOWELS = "аеиоуѐѝ";

    private final Map<Character, List<String>> vowelsByLastConsonant;

    private FleetingVowels(Map<Character, List<String>> vowelsByLastConsonant) {
        this.vowelsByLastConsonant = Map.copyOf(vowelsByLastConsonant);
    }

    static FleetingVowels load() {
        ResourceFile file = ResourceFile.load(FleetingVowels.class, "fleeting-vowels.tsv");
        Map<Character, List<String>> map = new HashMap<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || row.first().length() != 1) {
                throw file.error(row, "expected a consonant and the vowels to try");
            }
            map.put(row.first().charAt(0), List.of(row.column(1).split(" +")));
        }
        return new FleetingVowels(map);
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
        if (before == 'ј' && last == 'н') {
            return List.of(stem.substring(0, n - 2) + "ен"); // бескрајна → бескраен, тајна → таен
        }
        if (vowels == null || isVowel(before) || before == 'ј') {
            return List.of();
        }
        // a syllabic р (црн, прв, тврд) carries the syllable itself
        if (before == 'р' && (n == 2 || !isVowel(stem.charAt(n - 3)))) {
            return List.of();
        }
        String head = stem.substring(0, n - 1);
        return vowels.stream().map(v -> head + v + last).toList();
    }

    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
