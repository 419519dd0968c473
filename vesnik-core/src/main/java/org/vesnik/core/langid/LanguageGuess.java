package org.vesnik.core.langid;

/**
 * The language of a text: ISO 639-1 {@code code} ({@code mk}, {@code bg}, {@code sr}…, or
 * {@code und} when the text has no letters), the ISO 15924 {@code script} of its letters
 * ({@code Cyrl}, {@code Latn}, {@code Grek}), and a {@code confidence} between 0 and 1: 1 when
 * the letters alone rule out every other language, else the statistical model's share.
 */
public record LanguageGuess(String code, String script, double confidence) {

    public static final String UNDETERMINED = "und";

    static LanguageGuess undetermined() {
        return new LanguageGuess(UNDETERMINED, "Zyyy", 0);
    }

    public boolean isMacedonian() {
        return "mk".equals(code);
    }
}
