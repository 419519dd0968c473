package org.vesnik.core.quotes;

import org.vesnik.core.text.TextSpan;

/**
 * What a rule of attribution decides about quoted words: who said them, the reporting word, who
 * reports them, whom they are about, whether the speaker was carried over from the sentence
 * before ({@code carried}) or named in the quotation's own, and the rule of {@link Subjects} or
 * {@link SpeakerAfterVerb} that found the speaker ({@code detail}, null for none). Any of the
 * words may be null.
 */
record Said(TextSpan speaker, TextSpan cue, TextSpan source, TextSpan about, boolean carried, String detail) {

    static Said inSentence(TextSpan speaker, TextSpan cue, TextSpan source, TextSpan about) {
        return new Said(speaker, cue, source, about, false, null);
    }

    static Said carriedOver(TextSpan speaker, TextSpan cue, TextSpan source) {
        return new Said(speaker, cue, source, null, true, null);
    }

    /** The same, found by the rule {@code detail} of the rule that decided. */
    Said foundBy(String detail) {
        return new Said(speaker, cue, source, about, carried, detail);
    }

    /** The name of the rule that decided, with the rule that found the speaker: subject-of-speech-verb/name-in-clause. */
    String rule(String decided) {
        return detail == null ? decided : decided + "/" + detail;
    }
}
