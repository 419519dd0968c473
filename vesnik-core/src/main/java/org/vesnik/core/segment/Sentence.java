package org.vesnik.core.segment;

import org.vesnik.core.text.Span;
import org.vesnik.core.text.Spanned;

/**
 * One sentence: its span in the original and the cleaned text, and its tokens as the range
 * {@code [firstToken, firstToken + tokenCount)} of the document's token list.
 */
public record Sentence(Span span, int firstToken, int tokenCount) implements Spanned {

    public int endToken() {
        return firstToken + tokenCount;
    }
}
