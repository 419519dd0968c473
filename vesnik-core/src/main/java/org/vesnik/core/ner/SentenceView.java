package org.vesnik.core.ner;

import org.vesnik.core.morph.Upos;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;

/** A sentence's tokens as the recognizer reads them. */
record SentenceView(Document document, TokenList tokens, int first, String[] surface, String[] keys,
                    Upos[] tags, String[] lemmas) {

    int size() {
        return surface.length;
    }

    boolean isCapitalised(int i) {
        String word = surface[i];
        // (a capitalised abbreviation too: Универзитетот Св. Кирил и Методиј)
        TokenKind kind = tokens.kind(first + i);
        return (kind == TokenKind.WORD || kind == TokenKind.ABBREVIATION) && !word.isEmpty()
                && Character.isUpperCase(word.charAt(0));
    }
}
