package org.vesnik.archive;

import java.util.Objects;

/**
 * Words of an annotation as the archive keeps them: offsets into the original text
 * ({@code start}, {@code end}: UTF-16 code units, end exclusive) and into the cleaned text, and
 * the original words.
 */
public record Span(int start, int end, int cleanStart, int cleanEnd, String text) {

    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || cleanStart < 0 || cleanEnd < cleanStart) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " (clean " + cleanStart + ".." + cleanEnd + ")");
        }
    }
}
