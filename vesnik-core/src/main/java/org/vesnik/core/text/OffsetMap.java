package org.vesnik.core.text;

/**
 * Maps offsets (UTF-16 code units) between the original text and a text derived from it.
 *
 * <p>Start and end offsets are mapped differently so that a span always maps to the span that
 * produced it: a start skips characters that were deleted right before it, an end stops before
 * characters that were inserted right after it.
 */
public interface OffsetMap {

    int toOriginalStart(int derivedOffset);

    int toOriginalEnd(int derivedOffset);

    int toDerivedStart(int originalOffset);

    int toDerivedEnd(int originalOffset);

    /**
     * Maps spans of the derived text to the original, as for tokens: {@code starts[i]} and
     * {@code ends[i]} become {@code originalStarts[i]} and {@code originalEnds[i]} (an end never
     * before its start). Spans in text order are mapped in one walk over the map.
     */
    default void toOriginalSpans(int[] starts, int[] ends, int count, int[] originalStarts, int[] originalEnds) {
        for (int i = 0; i < count; i++) {
            int start = toOriginalStart(starts[i]);
            originalStarts[i] = start;
            originalEnds[i] = Math.max(start, toOriginalEnd(ends[i]));
        }
    }

    /** The map of a text that was not changed. */
    static OffsetMap identity() {
        return EditMap.IDENTITY;
    }
}
