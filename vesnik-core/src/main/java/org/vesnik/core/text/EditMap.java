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
        if (edits.isEmpty() || onlySingleCharacterReplacements(edits)) {
            return IDENTITY; // no offset moves
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

    /** {@inheritDoc} Spans out of text order are still mapped right, by searching again. */
    @Override
    public void toOriginalSpans(int[] starts, int[] ends, int count, int[] originalStarts, int[] originalEnds) {
        int n = outStart.length;
        int s = -1; // the last edit whose derived start is at or before the span's start
        int e = -1; // the last edit whose derived start is before the span's end
        int previousStart = 0;
        for (int i = 0; i < count; i++) {
            int from = starts[i];
            int to = ends[i];
            if (from < previousStart) {
                s = -1;
                e = -1;
            }
            previousStart = from;
            while (s + 1 < n && outStart[s + 1] <= from) {
                s++;
            }
            while (e + 1 < n && outStart[e + 1] < to) {
                e++;
            }
            if (s == e && (s < 0 || from >= outEnd[s])) {
                // between two edits every offset moves by the same amount: shift this span and
                // the ones after it up to the next edit in one tight loop
                int delta = s < 0 ? 0 : inEnd[s] - outEnd[s];
                int limit = s + 1 < n ? outStart[s + 1] : Integer.MAX_VALUE;
                originalStarts[i] = from + delta;
                originalEnds[i] = to + delta;
                // the arrays may be the same (a chain maps in place): read each span before writing it
                // (a span that starts at the next edit is that edit's: a deletion there moves it)
                while (i + 1 < count && starts[i + 1] >= previousStart && starts[i + 1] < limit && ends[i + 1] <= limit) {
                    i++;
                    previousStart = starts[i];
                    originalStarts[i] = previousStart + delta;
                    originalEnds[i] = ends[i] + delta;
                }
                continue;
            }
            int start = startRule(s, from, outEnd, inStart, inEnd);
            int end = endRule(e, to, outEnd, inEnd);
            originalStarts[i] = start;
            originalEnds[i] = Math.max(start, end);
        }
    }

    private static boolean onlySingleCharacterReplacements(List<Edit> edits) {
        int previousEnd = -1;
        for (Edit e : edits) {
            if (e.end() - e.start() != 1 || e.replacement().length() != 1 || e.start() < previousEnd) {
                return false;
            }
            previousEnd = e.end();
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

    private static int mapStart(int off, int[] fromStart, int[] fromEnd, int[] toStart, int[] toEnd) {
        return startRule(lastAtOrBefore(fromStart, off), off, fromEnd, toStart, toEnd);
    }

    private static int mapEnd(int off, int[] fromStart, int[] fromEnd, int[] toStart, int[] toEnd) {
        return endRule(lastBefore(fromStart, off), off, fromEnd, toEnd);
    }

    /**
     * Where a start maps, given edit {@code i}, the last that starts at or before it (-1: none):
     * inside the edit it maps to the edit's start; at or past the edit's far side it passes it.
     */
    private static int startRule(int i, int off, int[] fromEnd, int[] toStart, int[] toEnd) {
        if (i < 0) {
            return off;
        }
        return off < fromEnd[i] ? toStart[i] : toEnd[i] + (off - fromEnd[i]);
    }

    /**
     * Where an end maps, given edit {@code i}, the last that starts before it (-1: none): inside
     * the edit it maps to the edit's end; edits that start exactly at the end are not passed.
     */
    private static int endRule(int i, int off, int[] fromEnd, int[] toEnd) {
        if (i < 0) {
            return off;
        }
        return off <= fromEnd[i] ? toEnd[i] : toEnd[i] + (off - fromEnd[i]);
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
