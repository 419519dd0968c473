package org.vesnik.core.clean;

import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.lang.CharClasses;
import org.vesnik.core.text.ChainedOffsetMap;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Edit;
import org.vesnik.core.text.EditMap;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.OffsetMap;
import org.vesnik.core.text.Stage;

/**
 * Runs the cleanup steps in order, each on the previous step's output, and records every edit
 * as a {@link Repair} located in both the original and the cleaned text.
 */
public final class Cleaner implements Stage {

    public static final Layer<CleanText> CLEAN_TEXT = Layer.named("cleanText");

    private final List<CleanupStep> steps;

    public Cleaner(List<CleanupStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The standard repairs, in the order they must run: later steps rely on earlier ones. */
    public static Cleaner standard() {
        return new Cleaner(List.of(
                new HtmlEntityDecoder(),
                new UnicodeNormalizer(),
                new InvisibleCharacterRemover(),
                new SpaceNormalizer(),
                new MixedScriptRepairer(),
                new LineBreakJoiner(),
                new GluedSentenceSeparator()));
    }

    @Override
    public void annotate(Document document) {
        document.add(CLEAN_TEXT, clean(document.original()));
    }

    public CleanText clean(String original) {
        String text = original;
        List<EditMap> maps = new ArrayList<>(steps.size());
        List<List<Edit>> editsByStep = new ArrayList<>(steps.size());
        List<Edit> edits = new ArrayList<>();
        int profile = CharClasses.profile(text);
        for (CleanupStep step : steps) {
            edits.clear();
            if (step.mayApply(profile)) {
                step.findEdits(text, edits);
            }
            if (edits.isEmpty()) {
                maps.add(EditMap.of(List.of()));
                editsByStep.add(List.of());
                continue;
            }
            List<Edit> applied = List.copyOf(edits);
            maps.add(EditMap.of(applied));
            editsByStep.add(applied);
            text = apply(text, applied);
            // removed characters may leave classes behind; a superset only costs a wasted look
            for (Edit e : applied) {
                profile |= CharClasses.profile(e.replacement());
            }
        }
        OffsetMap offsets = ChainedOffsetMap.of(maps);
        if (offsets == OffsetMap.identity()) {
            return new CleanText(text, offsets, List.of());
        }
        return new CleanText(text, offsets, repairs(original, text, maps, editsByStep));
    }

    private List<Repair> repairs(String original, String cleaned, List<EditMap> maps, List<List<Edit>> editsByStep) {
        List<Repair> repairs = new ArrayList<>();
        for (int k = 0; k < steps.size(); k++) {
            List<Edit> stepEdits = editsByStep.get(k);
            if (stepEdits.isEmpty()) {
                continue;
            }
            OffsetMap before = ChainedOffsetMap.of(maps.subList(0, k));
            OffsetMap after = ChainedOffsetMap.of(maps.subList(k + 1, maps.size()));
            int delta = 0;
            for (Edit e : stepEdits) {
                int outStart = e.start() + delta;
                int outEnd = outStart + e.replacement().length();
                delta += e.lengthDelta();
                int start = before.toOriginalStart(e.start());
                int end = Math.max(start, before.toOriginalEnd(e.end()));
                if (e.start() == e.end()) {
                    end = start;
                }
                int cleanStart = after.toDerivedStart(outStart);
                int cleanEnd = Math.max(cleanStart, after.toDerivedEnd(outEnd));
                repairs.add(new Repair(steps.get(k).kind(), start, end, cleanStart, cleanEnd,
                        original.substring(start, end), cleaned.substring(cleanStart, cleanEnd)));
            }
        }
        repairs.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.cleanStart(), b.cleanStart()));
        return repairs;
    }

    static String apply(String text, List<Edit> edits) {
        int grow = 0;
        for (Edit e : edits) {
            grow += Math.max(0, e.lengthDelta());
        }
        StringBuilder sb = new StringBuilder(text.length() + grow);
        int pos = 0;
        for (Edit e : edits) {
            sb.append(text, pos, e.start()).append(e.replacement());
            pos = e.end();
        }
        return sb.append(text, pos, text.length()).toString();
    }
}
