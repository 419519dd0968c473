package org.vesnik.core.claims;

import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.view.SentenceTokens;

/** A sentence's tokens ({@code words}) and which of them lie inside a date, where no claim is read. */
record DatedTokens(SentenceTokens words, boolean[] inDate) {

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
