package org.vesnik.core.text;

import java.util.Arrays;
import java.util.List;

/**
 * The offset map of one set of sorted, non-overlapping edits applied to an input text.
 * Lookups are binary searches over the edits, so an unchanged text costs nothing.
 */
public final class EditMap implements OffsetMap {

    static final EditMap IDENTITY = new EditMap(new int[0], new int[0], new int[0], new int[0]);

    private final int[] inStart;
    private final int[] inEnd;
    private final int[] outStart;
    private final int[] outEnd;

    private EditMap(int[] inStart, int[] inEnd, int[] outStart, int[] outEnd) {
        this.inStart = inStart;
        this.inEnd = inEnd;
        this.outStart = outStart;
        this.outEnd = outEnd;
    }

    /** Builds the map of {@code edits}, which must be sorted and must not overlap. */
    public static EditMap of(List<Edit> edits) {
        if (edits.isEmpty()) {
            return IDENTITY;
        }
        int n = edits.size();
        int[] is = new int[n];
        int[] ie = new int[n];
        int[] os = new int[n];
        int[] oe = new int[n];
        int delta = 0;
        int previousEnd = -1;
        boolean previousEmpty = false;
        for (int i = 0; i < n; i++) {
            Edit e = edits.get(i);
            boolean empty = e.start() == e.end();
            if (e.start() < previousEnd || (e.start() == previousEnd && empty && previousEmpty)) {
                throw new IllegalArgumentException("edits overlap or are unsorted at " + e);
            }
            is[i] = e.start();
            ie[i] = e.end();
            os[i] = e.start() + delta;
            oe[i] = os[i] + e.replacement().length();
            delta += e.lengthDelta();
            previousEnd = e.end();
            previousEmpty = empty;
        }
        return new EditMap(is, ie, os, oe);
    }

    /**
     * {@inheritDoc} Offsets between two edits all move by the same amount, so the walk is a
     * shift loop with a rule applied only at the edits.
     */
    @Override
    public void toOriginalStarts(int[] offsets, int count) {
        if (!ascending(offsets, count)) {
            OffsetMap.super.toOriginalStarts(offsets, count);
            return;
        }
        int i = 0;
        int delta = 0;
        for (int e = 0; e < outStart.length; e++) {
            while (i < count && offsets[i] < outStart[e]) {
                offsets[i++] += delta;
            }
            while (i < count && offsets[i] < outEnd[e]) {
                offsets[i++] = inStart[e]; // a start inside an edit maps to the edit's start
            }
            delta = inEnd[e] - outEnd[e];
        }
        while (i < count) {
            offsets[i++] += delta;
        }
    }

    @Override
    public void toOriginalEnds(int[] offsets, int count) {
        if (!ascending(offsets, count)) {
            OffsetMap.super.toOriginalEnds(offsets, count);
            return;
        }
        int i = 0;
        int delta = 0;
        for (int e = 0; e < outStart.length; e++) {
            while (i < count && offsets[i] <= outStart[e]) {
                offsets[i++] += delta;
            }
            while (i < count && offsets[i] <= outEnd[e]) {
                offsets[i++] = inEnd[e]; // an end inside an edit maps to the edit's end
            }
            delta = inEnd[e] - outEnd[e];
        }
        while (i < count) {
            offsets[i++] += delta;
        }
    }

    private static boolean ascending(int[] offsets, int count) {
        for (int i = 1; i < count; i++) {
            if (offsets[i] < offsets[i - 1]) {
                return false;
            }
        }
        return true;
    }

    public boolean isIdentity() {
        return inStart.length == 0;
    }

    @Override
    public int toOriginalStart(int derivedOffset) {
        return mapStart(derivedOffset, outStart, outEnd, inStart, inEnd);
    }

    @Override
    public int toOriginalEnd(int derivedOffset) {
        return mapEnd(derivedOffset, outStart, outEnd, inStart, inEnd);
    }

    @Override
    public int toDerivedStart(int originalOffset) {
        return mapStart(originalOffset, inStart, inEnd, outStart, outEnd);
    }

    @Override
    public int toDerivedEnd(int originalOffset) {
        return mapEnd(originalOffset, inStart, inEnd, outStart, outEnd);
    }

    /** A start inside an edit maps to the edit's start; a start at an edit's far side passes it. */
    private static int mapStart(int off, int[] fromStart, int[] fromEnd, int[] toStart, int[] toEnd) {
        int i = lastAtOrBefore(fromStart, off);
        if (i < 0) {
            return off;
        }
        if (off < fromEnd[i]) {
            return toStart[i];
        }
        return toEnd[i] + (off - fromEnd[i]);
    }

    /** An end inside an edit maps to the edit's end; edits that start exactly at the end are not passed. */
    private static int mapEnd(int off, int[] fromStart, int[] fromEnd, int[] toStart, int[] toEnd) {
        int i = lastBefore(fromStart, off);
        if (i < 0) {
            return off;
        }
        if (off <= fromEnd[i]) {
            return toEnd[i];
        }
        return toEnd[i] + (off - fromEnd[i]);
    }

    private static int lastAtOrBefore(int[] starts, int off) {
        int i = Arrays.binarySearch(starts, off);
        if (i < 0) {
            return -i - 2;
        }
        // two edits may start at one offset (an insertion, then a replacement): take the later
        while (i + 1 < starts.length && starts[i + 1] == off) {
            i++;
        }
        return i;
    }

    private static int lastBefore(int[] starts, int off) {
        int i = Arrays.binarySearch(starts, off);
        if (i < 0) {
            return -i - 2;
        }
        while (i > 0 && starts[i - 1] == off) {
            i--;
        }
        return i - 1;
    }
}
