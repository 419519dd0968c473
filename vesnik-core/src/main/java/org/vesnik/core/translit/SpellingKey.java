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
        boolean latin = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                latin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
                break;
            }
        }
        return (latin ? CYRILLIZER.cyrillize(word) : word).toLowerCase(Locale.ROOT);
    }
}
