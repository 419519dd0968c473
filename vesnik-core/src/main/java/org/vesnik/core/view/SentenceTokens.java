package org.vesnik.core.view;

import org.vesnik.core.morph.Upos;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.text.Span;
import org.vesnik.core.text.TextSpan;

/**
 * The tokens {@code [first, end)} of one sentence of a {@link TokenView}, indexed from 0: what a
 * stage that reads sentence by sentence sees. A window on the view, not a copy.
 */
public record SentenceTokens(TokenView view, int first, int end) {

    public int size() {
        return end - first;
    }

    /** The document index of the sentence's {@code i}-th token. */
    public int token(int i) {
        return first + i;
    }

    public String surface(int i) {
        return view.surface(first + i);
    }

    public String form(int i) {
        return view.form(first + i);
    }

    public String key(int i) {
        return view.key(first + i);
    }

    public Upos tag(int i) {
        return view.tag(first + i);
    }

    public String lemma(int i) {
        return view.lemma(first + i);
    }

    public TokenKind kind(int i) {
        return view.kind(first + i);
    }

    public boolean isCapitalisedWord(int i) {
        return view.isCapitalisedWord(first + i);
    }

    /** The span of the sentence's tokens {@code [from, to)}. */
    public Span span(int from, int to) {
        return view.span(first + from, first + to);
    }

    /** The original words of the sentence's tokens {@code [from, to)}. */
    public TextSpan words(int from, int to) {
        return view.words(first + from, first + to);
    }
}
