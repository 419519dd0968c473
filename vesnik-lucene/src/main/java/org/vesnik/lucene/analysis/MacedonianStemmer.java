package org.vesnik.lucene.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vesnik.core.lang.Letters;
import org.vesnik.core.resources.ResourceFile;

/**
 * A light stemmer for Macedonian, in the style of Lucene's {@code BulgarianStemmer}: it removes
 * the definite article, a plural ending and a final vowel ({@code stem-endings.tsv}), writes a
 * stem-final к, г, х as the ц, з, с of the plural ({@code stem-final-consonants.tsv}) and drops
 * a fleeting vowel (ветер, ветрот → ветр), all in place on the term buffer. Expects lower case.
 * Thread-safe.
 */
public final class MacedonianStemmer {

    private static final int BLOCK = 0x400;
    private static final int BLOCK_SIZE = 0x100;

    // per step, the endings grouped by their last letter (index: letter - U+0400), longest first,
    // so a term is only compared with the endings that can match it
    private final char[][][][] endingsByStepAndLast;
    private final int[][][] minimumByStepAndLast;
    // index: letter - U+0400; 0 where the letter stays
    private final char[] softConsonants = new char[BLOCK_SIZE];
    private final boolean[] fleetingAfter = new boolean[BLOCK_SIZE];
    private final boolean[] fleetingVowel = new boolean[BLOCK_SIZE];
    private final boolean[] vowel = new boolean[BLOCK_SIZE];

    private MacedonianStemmer(List<List<String[]>> steps, Map<Character, Character> soft, List<String[]> fleeting) {
        endingsByStepAndLast = new char[steps.size()][BLOCK_SIZE][][];
        minimumByStepAndLast = new int[steps.size()][BLOCK_SIZE][];
        for (int s = 0; s < steps.size(); s++) {
            List<String[]> list = new ArrayList<>(steps.get(s));
            list.sort(Comparator.comparingInt((String[] e) -> e[0].length()).reversed()); // longest first
            Map<Integer, List<String[]>> byLast = new HashMap<>();
            for (String[] ending : list) {
                byLast.computeIfAbsent(index(ending[0].charAt(ending[0].length() - 1)), k -> new ArrayList<>()).add(ending);
            }
            for (Map.Entry<Integer, List<String[]>> entry : byLast.entrySet()) {
                List<String[]> group = entry.getValue();
                char[][] endings = new char[group.size()][];
                int[] minimum = new int[group.size()];
                for (int i = 0; i < group.size(); i++) {
                    endings[i] = group.get(i)[0].toCharArray();
                    minimum[i] = Integer.parseInt(group.get(i)[1]);
                }
                endingsByStepAndLast[s][entry.getKey()] = endings;
                minimumByStepAndLast[s][entry.getKey()] = minimum;
            }
        }
        soft.forEach((hard, softer) -> softConsonants[index(hard)] = softer);
        for (String[] letter : fleeting) {
            // consonants after which a fleeting vowel comes and goes (ветер/ветрот, светол/светла)
            (letter[1].equals("after") ? fleetingAfter : fleetingVowel)[index(letter[0].charAt(0))] = true;
        }
        Letters letters = Letters.macedonian();
        for (int i = 0; i < BLOCK_SIZE; i++) {
            vowel[i] = letters.isPlainVowel((char) (BLOCK + i));
        }
    }

    private static int index(char c) {
        int i = c - BLOCK;
        if (i < 0 || i >= BLOCK_SIZE) {
            throw new IllegalArgumentException("not a Cyrillic letter: " + c);
        }
        return i;
    }

    /** Whether {@code c} is in the Cyrillic block, where the tables apply. */
    private static boolean inBlock(char c) {
        return c >= BLOCK && c < BLOCK + BLOCK_SIZE;
    }

    private static final class Holder {
        static final MacedonianStemmer INSTANCE = load();
    }

    /** The stemmer with vesnik's data; loaded once. */
    public static MacedonianStemmer instance() {
        return Holder.INSTANCE;
    }

    private static MacedonianStemmer load() {
        ResourceFile endings = ResourceFile.load(MacedonianStemmer.class, "stem-endings.tsv");
        List<List<String[]>> steps = new ArrayList<>();
        for (ResourceFile.Row row : endings.rows()) {
            if (row.columns().size() != 3 || row.column(1).isEmpty()) {
                throw endings.error(row, "expected step, ending and minimum letters left");
            }
            int step = Integer.parseInt(row.first());
            while (steps.size() < step) {
                steps.add(new ArrayList<>());
            }
            steps.get(step - 1).add(new String[] {row.column(1), row.column(2)});
        }
        ResourceFile consonants = ResourceFile.load(MacedonianStemmer.class, "stem-final-consonants.tsv");
        Map<Character, Character> soft = new HashMap<>();
        for (ResourceFile.Row row : consonants.rows()) {
            if (row.columns().size() != 2 || row.first().length() != 1 || row.column(1).length() != 1) {
                throw consonants.error(row, "expected a consonant and its soft partner");
            }
            soft.put(row.first().charAt(0), row.column(1).charAt(0));
        }
        ResourceFile fleetingFile = ResourceFile.load(MacedonianStemmer.class, "stem-fleeting-vowels.tsv");
        List<String[]> fleeting = new ArrayList<>();
        for (ResourceFile.Row row : fleetingFile.rows()) {
            if (row.columns().size() != 2 || row.first().length() != 1 || !row.column(1).matches("fleeting|after")) {
                throw fleetingFile.error(row, "expected a letter and fleeting or after");
            }
            fleeting.add(new String[] {row.first(), row.column(1)});
        }
        return new MacedonianStemmer(steps, soft, fleeting);
    }

    /** Stems {@code s[0, len)} in place and returns the new length. */
    public int stem(char[] s, int len) {
        for (int step = 0; step < endingsByStepAndLast.length && len > 0; step++) {
            len = removeEnding(s, len, step);
        }
        if (len < 3 || !inBlock(s[len - 1]) || !inBlock(s[len - 2]) || !inBlock(s[len - 3])) {
            return len;
        }
        char soft = softConsonants[s[len - 1] - BLOCK];
        if (soft != 0) {
            s[len - 1] = soft;
        }
        if (len >= 4 && fleetingAfter[s[len - 1] - BLOCK] && fleetingVowel[s[len - 2] - BLOCK]
                && !vowel[s[len - 3] - BLOCK]) {
            s[len - 2] = s[len - 1];
            len--;
        }
        return len;
    }

    private int removeEnding(char[] s, int len, int step) {
        char last = s[len - 1];
        if (!inBlock(last)) {
            return len;
        }
        char[][] endings = endingsByStepAndLast[step][last - BLOCK];
        if (endings == null) {
            return len;
        }
        int[] minimum = minimumByStepAndLast[step][last - BLOCK];
        for (int i = 0; i < endings.length; i++) {
            char[] ending = endings[i];
            if (len - ending.length >= minimum[i] && endsWith(s, len, ending)) {
                return len - ending.length;
            }
        }
        return len;
    }

    private static boolean endsWith(char[] s, int len, char[] ending) {
        int offset = len - ending.length;
        for (int i = ending.length - 2; i >= 0; i--) { // the last letter is known to match
            if (s[offset + i] != ending[i]) {
                return false;
            }
        }
        return true;
    }
}
