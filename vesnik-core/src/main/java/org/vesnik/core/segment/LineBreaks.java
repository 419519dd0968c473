package org.vesnik.core.segment;

/**
 * Finds line breaks in cleaned text, where only {@code \n} and {@code \r} are left, with
 * {@link String#indexOf(int, int)}, which is far faster than looking at every gap between tokens.
 */
final class LineBreaks {

    private final String text;
    private int nextFeed;
    private int nextReturn;

    LineBreaks(String text) {
        this.text = text;
        this.nextFeed = position(text.indexOf('\n'));
        this.nextReturn = position(text.indexOf('\r'));
    }

    /** The first line break at or after {@code from}, or {@link Integer#MAX_VALUE}; {@code from} only grows. */
    int next(int from) {
        if (nextFeed < from) {
            nextFeed = position(text.indexOf('\n', from));
        }
        if (nextReturn < from) {
            nextReturn = position(text.indexOf('\r', from));
        }
        return Math.min(nextFeed, nextReturn);
    }

    /** Whether a line break lies in {@code [from, to)}; calls must come with growing {@code from}. */
    boolean between(int from, int to) {
        return next(from) < to;
    }

    private static int position(int indexOf) {
        return indexOf < 0 ? Integer.MAX_VALUE : indexOf;
    }
}
