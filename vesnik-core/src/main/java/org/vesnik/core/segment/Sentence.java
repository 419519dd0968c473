package org.vesnik.core.segment;

import java.util.List;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Span;
import org.vesnik.core.text.Spanned;

/**
 * One sentence: its span in the original and the cleaned text, and its tokens as the range
 * {@code [firstToken, firstToken + tokenCount)} of the document's token list.
 */
public record Sentence(Span span, int firstToken, int tokenCount) implements Spanned {

    /** A document's sentences, in text order. */
    public static final Layer<List<Sentence>> LAYER = Layer.written("sentences", new SentencesFormat());

    public int endToken() {
        return firstToken + tokenCount;
    }
}
