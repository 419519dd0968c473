package org.vesnik.core.text;

/**
 * An annotation that covers a {@link Span} of the text (a token, a sentence, a name, a date):
 * its offsets are read through the span, as {@code start()} … {@code cleanEnd()} for short.
 */
public interface Spanned {

    Span span();

    /** The start in the original text. */
    default int start() {
        return span().start();
    }

    /** The end in the original text, exclusive. */
    default int end() {
        return span().end();
    }

    /** The start in the cleaned text. */
    default int cleanStart() {
        return span().cleanStart();
    }

    /** The end in the cleaned text, exclusive. */
    default int cleanEnd() {
        return span().cleanEnd();
    }
}
