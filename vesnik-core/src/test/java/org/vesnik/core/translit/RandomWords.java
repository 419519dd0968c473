package org.vesnik.core.translit;

import java.util.Locale;
import java.util.Random;

/** Seeded random Macedonian words for the transliteration tests, in the three shapes capitals take. */
final class RandomWords {

    static final String ALPHABET = "абвгдѓежзѕијклљмнњопрстќуфхцчџш";

    private RandomWords() {
    }

    /** A word of {@code minLength} to {@code maxLength} of {@code letters}: lower case, title case or capitals. */
    static String word(Random random, String letters, int minLength, int maxLength) {
        StringBuilder word = new StringBuilder();
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return switch (random.nextInt(3)) {
            case 0 -> word.toString();
            case 1 -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            default -> word.toString().toUpperCase(Locale.ROOT);
        };
    }
}
