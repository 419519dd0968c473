package org.vesnik.core.quotes;

import org.vesnik.core.segment.Sentence;
import org.vesnik.core.text.TextSpan;

/**
 * A pair of quotation marks around someone's words, as the rules of attribution read it: the
 * sentence the marks open in and the one they close in, the marks' tokens, the nearest speech
 * verb before them in the sentence ({@code before}, -1 for none), the reporting word after them
 * ({@code cue}, -1 for none) and the reporter that word or според names ({@code source}, or null).
 */
record Marks(QuoteView view, Sentence sentence, Sentence closing, int open, int close, int before, int cue, TextSpan source) {

    /** The first token of the marks' sentence. */
    int first() {
        return sentence.firstToken();
    }

    /** The end of the sentence the marks close in. */
    int end() {
        return closing.endToken();
    }

    /** Whether a colon stands right before the opening mark, with at least a word before it in the sentence. */
    boolean colonBefore() {
        return open >= first() + 2 && view.form(open - 1).equals(":");
    }

    /** The reporting word: the cue after the marks, else the sentence's според. */
    TextSpan cueWord() {
        return cue >= 0 ? view.span(cue, cue + 1) : Sources.accordingCue(view, first(), end());
    }
}
