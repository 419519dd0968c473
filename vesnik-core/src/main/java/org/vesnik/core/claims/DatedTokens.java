package org.vesnik.core.claims;

import org.vesnik.core.morph.Upos;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.view.SentenceTokens;

/** A sentence's tokens as claims are read, and which of them lie inside a date (no claim is read there). */
record DatedTokens(SentenceTokens words, boolean[] inDate) {

    int size() {
        return words.size();
    }

    String form(int i) {
        return words.form(i);
    }

    Upos tag(int i) {
        return words.tag(i);
    }

    String lemma(int i) {
        return words.lemma(i);
    }

    boolean inDate(int i) {
        return inDate[i];
    }

    boolean isNumber(int i) {
        return words.kind(i) == TokenKind.NUMBER;
    }

    TextSpan phrase(int from, int to) {
        return words.words(from, to);
    }
}
