package org.vesnik.core.translit;

import com.ibm.icu.text.Normalizer2;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes Macedonian Cyrillic in Latin letters in one {@link RomanizationSystem}. Characters
 * the system does not map (Latin, digits, punctuation, Cyrillic letters of other languages)
 * are copied unchanged. Immutable and thread-safe.
 */
public final class Romanizer {

    private static final int CYRILLIC_BLOCK = 0x400;
    private static final int CYRILLIC_BLOCK_SIZE = 0x100;
    private static final Map<RomanizationSystem, Romanizer> CACHE = new EnumMap<>(RomanizationSystem.class);

    private final RomanizationSystem system;
    // indexed by (letter - U+0400); null where the system maps nothing
    private final String[] lower = new String[CYRILLIC_BLOCK_SIZE];
    private final String[] upper = new String[CYRILLIC_BLOCK_SIZE];
    private final String[] title = new String[CYRILLIC_BLOCK_SIZE];

    private Romanizer(RomanizationSystem system) {
        this.system = system;
        for (Map.Entry<Character, String> entry : LetterTable.load(system.tableFile()).entries().entrySet()) {
            char letter = entry.getKey();
            String latin = entry.getValue();
            Normalizer2 nfc = Normalizer2.getNFCInstance();
            String allCapitals = nfc.normalize(latin.toUpperCase(Locale.ROOT));
            int firstLength = Character.charCount(latin.codePointAt(0));
            // ǰ has no one-letter capital: its upper case is J + combining caron
            String titleCase = nfc.normalize(latin.substring(0, firstLength).toUpperCase(Locale.ROOT)
                    + latin.substring(firstLength));
            set(letter, latin, allCapitals, titleCase);
            set(Character.toUpperCase(letter), latin, allCapitals, titleCase);
        }
    }

    private void set(char letter, String lowerCase, String allCapitals, String titleCase) {
        int i = letter - CYRILLIC_BLOCK;
        boolean isUpper = Character.isUpperCase(letter);
        lower[i] = isUpper ? null : lowerCase;
        upper[i] = isUpper ? allCapitals : null;
        title[i] = isUpper ? titleCase : null;
    }

    /** The romanizer for {@code system}; loaded once. */
    public static Romanizer of(RomanizationSystem system) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(system, Romanizer::new);
        }
    }

    public RomanizationSystem system() {
        return system;
    }

    /** {@code text} in Latin letters; {@code Љубљана} → {@code Ljubljana}, {@code ЉУБЉАНА} → {@code LJUBLJANA}. */
    public String romanize(String text) {
        String input = Normalizer2.getNFCInstance().normalize(text);
        StringBuilder out = new StringBuilder(input.length() + 8);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int index = c - CYRILLIC_BLOCK;
            if (index < 0 || index >= CYRILLIC_BLOCK_SIZE) {
                out.append(c);
            } else if (lower[index] != null) {
                out.append(lower[index]);
            } else if (upper[index] != null) {
                out.append(allCapitals(input, i) ? upper[index] : title[index]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a capital that becomes two Latin letters is written all in capitals: before a
     * capital ({@code ЉУ} → {@code LJU}), or at a word's end after one ({@code ОЏ} → {@code ODŽ});
     * otherwise title case ({@code Љу} → {@code Lju}, {@code Џ.} → {@code Dž.}).
     */
    private static boolean allCapitals(String text, int i) {
        int next = i + 1;
        if (next < text.length() && Character.isLetter(text.charAt(next))) {
            return Character.isUpperCase(text.charAt(next));
        }
        return i > 0 && Character.isUpperCase(text.charAt(i - 1));
    }
}
