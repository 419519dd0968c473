package org.vesnik.core.translit;

import java.util.Locale;

/**
 * A word's key for looking it up in either script: a Latin word is written in Cyrillic first
 * (KCNA → кцна, Putin → путин), then the word is put in lower case.
 */
public final class SpellingKey {

    private static final Cyrillizer CYRILLIZER = Cyrillizer.bestEffort();

    private SpellingKey() {
    }

    /** The key of one word: its first letter's script decides whether it is cyrillized. */
    public static String of(String word) {
        return of(word, null);
    }

    /**
     * The key of {@code word}, given it in lower case too (null: not known), which is the key of any
     * word whose first letter is not Latin: for a reader that has both, as the shared token view does.
     */
    public static String of(String word, String lower) {
        if (startsLatin(word)) {
            return CYRILLIZER.cyrillize(word).toLowerCase(Locale.ROOT);
        }
        return lower != null ? lower : word.toLowerCase(Locale.ROOT);
    }

    private static boolean startsLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            }
        }
        return false;
    }
}
