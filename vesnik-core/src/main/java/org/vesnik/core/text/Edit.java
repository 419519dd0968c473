package org.vesnik.core.text;

import java.util.Objects;

/** One replacement of {@code [start, end)} of an input text by {@code replacement}. */
public record Edit(int start, int end, String replacement) {

    public Edit {
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
        }
        if (start == end && replacement.isEmpty()) {
            throw new IllegalArgumentException("empty edit at " + start);
        }
    }

    public int lengthDelta() {
        return replacement.length() - (end - start);
    }
}
