package org.vesnik.lucene.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vesnik.core.resources.ResourceFile;

/**
 * A light stemmer for Macedonian, in the style of Lucene's {@code BulgarianStemmer}: it removes
 * the definite article, a plural ending and a final vowel ({@code stem-endings.tsv}), writes a
 * stem-final к, г, х as the ц, з, с of the plural ({@code stem-final-consonants.tsv}) and drops
 * a fleeting vowel (ветер, ветрот → ветр), all in place on the term buffer. Expects lower case.
 * Thread-safe.
 */
public final class MacedonianStemmer {

    private static final String VOWELS = "аеиоу";
    /** Consonants after which a fleeting е, о, а comes and goes (ветер/ветрот, светол/светла). */
    private static final String FLEETING_AFTER = "лнрк";

    private final char[][][] endingsByStep;
    private final int[][] minimumByStep;
    private final Map<Character, Character> softConsonants;

    private MacedonianStemmer(char[][][] endingsByStep, int[][] minimumByStep, Map<Character, Character> softConsonants) {
        this.endingsByStep = endingsByStep;
        this.minimumByStep = minimumByStep;
        this.softConsonants = softConsonants;
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
            if (row.columns().size() != 3) {
                throw endings.error(row, "expected step, ending and minimum letters left");
            }
            int step = Integer.parseInt(row.first());
            while (steps.size() < step) {
                steps.add(new ArrayList<>());
            }
            steps.get(step - 1).add(new String[] {row.column(1), row.column(2)});
        }
        char[][][] byStep = new char[steps.size()][][];
        int[][] minimum = new int[steps.size()][];
        for (int s = 0; s < steps.size(); s++) {
            List<String[]> list = steps.get(s);
            list.sort(Comparator.comparingInt((String[] e) -> e[0].length()).reversed()); // longest first
            byStep[s] = new char[list.size()][];
            minimum[s] = new int[list.size()];
            for (int i = 0; i < list.size(); i++) {
                byStep[s][i] = list.get(i)[0].toCharArray();
                minimum[s][i] = Integer.parseInt(list.get(i)[1]);
            }
        }
        ResourceFile consonants = ResourceFile.load(MacedonianStemmer.class, "stem-final-consonants.tsv");
        Map<Character, Character> soft = new HashMap<>();
        for (ResourceFile.Row row : consonants.rows()) {
            if (row.columns().size() != 2 || row.first().length() != 1 || row.column(1).length() != 1) {
                throw consonants.error(row, "expected a consonant and its soft partner");
            }
            soft.put(row.first().charAt(0), row.column(1).charAt(0));
        }
        return new MacedonianStemmer(byStep, minimum, Map.copyOf(soft));
    }

    /** Stems {@code s[0, len)} in place and returns the new length. */
    public int stem(char[] s, int len) {
        for (int step = 0; step < endingsByStep.length; step++) {
            len = removeEnding(s, len, endingsByStep[step], minimumByStep[step]);
        }
        if (len < 3) {
            return len;
        }
        Character soft = softConsonants.get(s[len - 1]);
        if (soft != null) {
            s[len - 1] = soft;
        }
        if (len >= 4 && FLEETING_AFTER.indexOf(s[len - 1]) >= 0 && "еоа".indexOf(s[len - 2]) >= 0
                && VOWELS.indexOf(s[len - 3]) < 0) {
            s[len - 2] = s[len - 1];
            len--;
        }
        return len;
    }

    private static int removeEnding(char[] s, int len, char[][] endings, int[] minimum) {
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
        for (int i = 0; i < ending.length; i++) {
            if (s[offset + i] != ending[i]) {
                return false;
            }
        }
        return true;
    }
}
