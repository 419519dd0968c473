package org.vesnik.core.text;

import java.util.List;

/** Offset map of a text derived in several steps: each step's map applied in turn. */
public final class ChainedOffsetMap implements OffsetMap {

    private final OffsetMap[] steps;

    private ChainedOffsetMap(OffsetMap[] steps) {
        this.steps = steps;
    }

    /** Chains the maps of successive steps, first step first; identity steps are dropped. */
    public static OffsetMap of(List<EditMap> steps) {
        OffsetMap[] kept = steps.stream().filter(m -> !m.isIdentity()).toArray(OffsetMap[]::new);
        if (kept.length == 0) {
            return OffsetMap.identity();
        }
        if (kept.length == 1) {
            return kept[0];
        }
        return new ChainedOffsetMap(kept);
    }

    @Override
    public void toOriginalSpans(int[] starts, int[] ends, int count, int[] originalStarts, int[] originalEnds) {
        int last = steps.length - 1;
        steps[last].toOriginalSpans(starts, ends, count, originalStarts, originalEnds);
        for (int i = last - 1; i >= 0; i--) {
            steps[i].toOriginalSpans(originalStarts, originalEnds, count, originalStarts, originalEnds);
        }
    }

    @Override
    public int toOriginalStart(int derivedOffset) {
        int off = derivedOffset;
        for (int i = steps.length - 1; i >= 0; i--) {
            off = steps[i].toOriginalStart(off);
        }
        return off;
    }

    @Override
    public int toOriginalEnd(int derivedOffset) {
        int off = derivedOffset;
        for (int i = steps.length - 1; i >= 0; i--) {
            off = steps[i].toOriginalEnd(off);
        }
        return off;
    }

    @Override
    public int toDerivedStart(int originalOffset) {
        int off = originalOffset;
        for (OffsetMap step : steps) {
            off = step.toDerivedStart(off);
        }
        return off;
    }

    @Override
    public int toDerivedEnd(int originalOffset) {
        int off = originalOffset;
        for (OffsetMap step : steps) {
            off = step.toDerivedEnd(off);
        }
        return off;
    }
}
