package org.vesnik.core.langid;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vesnik.core.resources.ResourceFile;

/** The small words that mark one language against its neighbours ({@code marker-words.tsv}). */
final class MarkerWords {

    // word → bit set of the profiles it marks
    private final Map<String, Long> languagesByWord;
    private final int profileCount;

    private MarkerWords(Map<String, Long> languagesByWord, int profileCount) {
        this.languagesByWord = Map.copyOf(languagesByWord);
        this.profileCount = profileCount;
    }

    static MarkerWords load(List<LanguageProfile> profiles) {
        ResourceFile file = ResourceFile.load(MarkerWords.class, "marker-words.tsv");
        Map<String, Long> byWord = new HashMap<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2) {
                throw file.error(row, "expected a language code and its words");
            }
            long languages = 0;
            for (int i = 0; i < profiles.size(); i++) {
                if (profiles.get(i).code().equals(row.first())) {
                    languages |= 1L << i;
                }
            }
            if (languages == 0) {
                throw file.error(row, "no language " + row.first() + " in alphabets.tsv");
            }
            for (String word : row.column(1).split(" +")) {
                if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                    throw file.error(row, "words must be lower case: " + word);
                }
                if (byWord.put(word, languages) != null) {
                    throw file.error(row, "'" + word + "' marks two languages");
                }
            }
        }
        return new MarkerWords(byWord, profiles.size());
    }

    /** For each profile among {@code candidates}, how many of the text's words mark it. */
    int[] count(CharSequence text, long candidates) {
        int[] counts = new int[profileCount];
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > start) {
                Long languages = languagesByWord.get(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
                if (languages != null) {
                    long marked = languages & candidates;
                    while (marked != 0) {
                        counts[Long.numberOfTrailingZeros(marked)]++;
                        marked &= marked - 1;
                    }
                }
            }
        }
        return counts;
    }
}
