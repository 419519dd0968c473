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
     * Maps ascending derived offsets to original start offsets, in place: one walk over the map
     * for all of them, which is how tokens are mapped.
     */
    default void toOriginalStarts(int[] offsets, int count) {
        for (int i = 0; i < count; i++) {
            offsets[i] = toOriginalStart(offsets[i]);
        }
    }

    /** Maps ascending derived offsets to original end offsets, in place. */
    default void toOriginalEnds(int[] offsets, int count) {
        for (int i = 0; i < count; i++) {
            offsets[i] = toOriginalEnd(offsets[i]);
        }
    }

    /** The map of a text that was not changed. */
    static OffsetMap identity() {
        return EditMap.IDENTITY;
    }
}
