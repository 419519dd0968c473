package org.vesnik.core.lang;

import org.vesnik.core.resources.ResourceFile;

/** Classes of Macedonian letters ({@code letters.tsv}): vowels, the glide ј, the syllabic р. Immutable. */
public final class Letters {

    private static final int BLOCK = 0x400;
    private static final int BLOCK_SIZE = 0x100;

    // by letter - U+0400, a class of the Cyrillic block each: lookups in word loops stay array reads
    private final boolean[] vowel = new boolean[BLOCK_SIZE];
    private final boolean[] plainVowel = new boolean[BLOCK_SIZE];
    private final boolean[] glide = new boolean[BLOCK_SIZE];
    private final boolean[] syllabic = new boolean[BLOCK_SIZE];

    private Letters() {
        ResourceFile file = ResourceFile.load(Letters.class, "letters.tsv");
        for (ResourceFile.Row row : file.rows()) {
            String letter = row.first();
            if (row.columns().size() != 2 || letter.length() != 1 || letter.charAt(0) < BLOCK || letter.charAt(0) >= BLOCK + BLOCK_SIZE) {
                throw file.error(row, "expected one Cyrillic letter and its class");
            }
            int i = letter.charAt(0) - BLOCK;
            switch (row.column(1)) {
                case "vowel" -> {
                    vowel[i] = true;
                    plainVowel[i] = true;
                }
                case "accented-vowel" -> vowel[i] = true;
                case "glide" -> glide[i] = true;
                case "syllabic" -> syllabic[i] = true;
                default -> throw file.error(row, "expected vowel, accented-vowel, glide or syllabic");
            }
        }
    }

    private static final class Holder {
        static final Letters INSTANCE = new Letters();
    }

    public static Letters macedonian() {
        return Holder.INSTANCE;
    }

    private static boolean in(boolean[] set, char c) {
        return c >= BLOCK && c < BLOCK + BLOCK_SIZE && set[c - BLOCK];
    }

    /** A vowel, the accented ѐ and ѝ included. */
    public boolean isVowel(char c) {
        return in(vowel, c);
    }

    /** A vowel as a stemmer reads lower-case words: without the accented ѐ and ѝ. */
    public boolean isPlainVowel(char c) {
        return in(plainVowel, c);
    }

    /** The glide ј, which stands beside a vowel like one. */
    public boolean isGlide(char c) {
        return in(glide, c);
    }

    /** р, which carries a syllable between consonants. */
    public boolean isSyllabic(char c) {
        return in(syllabic, c);
    }
}
