package org.vesnik.core.quotes;

import org.vesnik.core.text.TextSpan;

/**
 * What a rule of attribution decides about quoted words: who said them, the reporting word, who
 * reports them, whom they are about, and whether the speaker was carried over from the sentence
 * before ({@code carried}) or named in the quotation's own. Any of the words may be null.
 */
record Said(TextSpan speaker, TextSpan cue, TextSpan source, TextSpan about, boolean carried) {

    static Said inSentence(TextSpan speaker, TextSpan cue, TextSpan source, TextSpan about) {
        return new Said(speaker, cue, source, about, false);
    }

    static Said carriedOver(TextSpan speaker, TextSpan cue, TextSpan source) {
        return new Said(speaker, cue, source, null, true);
    }
}
