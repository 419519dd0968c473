package org.vesnik.core.text;

/**
 * Where an annotation stands: {@code [start, end)} in the original text and
 * {@code [cleanStart, cleanEnd)} in the cleaned text, in UTF-16 code units, end exclusive.
 * Every layer's spans are of this type, so the two pairs of offsets travel together.
 */
public record Span(int start, int end, int cleanStart, int cleanEnd) {

    public Span {
        if (start < 0 || end < start || cleanStart < 0 || cleanEnd < cleanStart) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") / [" + cleanStart + ", " + cleanEnd + ")");
        }
    }

    /** The span from this one's start to {@code last}'s end: the words of both and all between. */
    public Span to(Span last) {
        return new Span(start, last.end, cleanStart, last.cleanEnd);
    }
}
