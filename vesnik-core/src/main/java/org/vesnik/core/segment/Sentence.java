package org.vesnik.core.segment;

/**
 * One sentence: its span in the original and the cleaned text, and its tokens as the range
 * {@code [firstToken, firstToken + tokenCount)} of the document's token list.
 */
public record Sentence(int start, int end, int cleanStart, int cleanEnd, int firstToken, int tokenCount) {

    public int endToken() {
        return firstToken + tokenCount;
    }
}
