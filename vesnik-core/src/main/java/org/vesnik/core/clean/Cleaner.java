package org.vesnik.core.clean;

import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.text.ChainedOffsetMap;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Edit;
import org.vesnik.core.text.EditMap;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.OffsetMap;
import org.vesnik.core.text.Span;
import org.vesnik.core.text.Stage;

/**
 * Runs the cleanup steps and records every edit as a {@link Repair} located in both the
 * original and the cleaned text. Steps come in phases: the steps of one phase look at the same
 * text and never touch the same characters, so their edits are applied together in one copy;
 * each phase works on the previous phase's output.
 */
public final class Cleaner implements Stage {

    private final List<List<CleanupStep>> phases;

    public Cleaner(List<List<CleanupStep>> phases) {
        this.phases = phases.stream().map(List::copyOf).toList();
    }

    /** The standard repairs, in the order they must run: later phases rely on earlier ones. */
    public static Cleaner standard() {
        return new Cleaner(List.of(
                List.of(new HtmlEntityDecoder()),
                List.of(new UnicodeNormalizer()),
                // both work on single characters of their own classes
                List.of(new InvisibleCharacterRemover(), new SpaceNormalizer()),
                // letters inside words, line breaks, and the gap after a stop: never the same characters
                List.of(new MixedScriptRepairer(), new LineBreakJoiner(), new GluedSentenceSeparator())));
    }

    @Override
    public List<Layer<?>> needs() {
        return List.of();
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(CleanText.LAYER);
    }

    @Override
    public void annotate(Document document) {
        document.add(CleanText.LAYER, clean(document.original()));
    }

    public CleanText clean(String original) {
        String text = original;
        List<EditMap> maps = new ArrayList<>(phases.size());
        List<List<KindedEdit>> editsByPhase = new ArrayList<>(phases.size());
        TextProfile profile = TextProfile.of(text);
        boolean changed = false;
        for (int p = 0; p < phases.size(); p++) {
            List<KindedEdit> found = findEdits(phases.get(p), text, profile);
            editsByPhase.add(found);
            if (found.isEmpty()) {
                maps.add(EditMap.of(List.of()));
                continue;
            }
            changed = true;
            List<Edit> edits = found.stream().map(KindedEdit::edit).toList();
            maps.add(EditMap.of(edits));
            text = apply(text, edits);
            if (p + 1 < phases.size()) {
                profile = TextProfile.of(text);
            }
        }
        OffsetMap offsets = ChainedOffsetMap.of(maps);
        if (!changed) {
            return new CleanText(text, offsets, List.of());
        }
        return new CleanText(text, offsets, repairs(original, text, maps, editsByPhase));
    }

    private record KindedEdit(Edit edit, RepairKind kind) {
    }

    /** The edits of every step of the phase that may apply, merged in text order. */
    private static List<KindedEdit> findEdits(List<CleanupStep> phase, String text, TextProfile profile) {
        List<KindedEdit> found = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        for (CleanupStep step : phase) {
            if (!step.mayApply(profile)) {
                continue;
            }
            edits.clear();
            step.findEdits(text, profile, edits);
            for (Edit e : edits) {
                found.add(new KindedEdit(e, step.kind()));
            }
        }
        if (found.size() > 1) {
            // by start; at one position an insertion comes before a replacement
            found.sort((a, b) -> a.edit().start() != b.edit().start()
                    ? Integer.compare(a.edit().start(), b.edit().start())
                    : Integer.compare(a.edit().end(), b.edit().end()));
        }
        return found;
    }

    private static List<Repair> repairs(String original, String cleaned, List<EditMap> maps,
                                        List<List<KindedEdit>> editsByPhase) {
        List<Repair> repairs = new ArrayList<>();
        for (int k = 0; k < editsByPhase.size(); k++) {
            List<KindedEdit> phaseEdits = editsByPhase.get(k);
            if (phaseEdits.isEmpty()) {
                continue;
            }
            OffsetMap before = ChainedOffsetMap.of(maps.subList(0, k));
            OffsetMap after = ChainedOffsetMap.of(maps.subList(k + 1, maps.size()));
            int delta = 0;
            for (KindedEdit kinded : phaseEdits) {
                Edit e = kinded.edit();
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
                repairs.add(new Repair(kinded.kind(), new Span(start, end, cleanStart, cleanEnd),
                        original.substring(start, end), cleaned.substring(cleanStart, cleanEnd)));
            }
        }
        repairs.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.cleanStart(), b.cleanStart()));
        return repairs;
    }

    /**
     * The text with the edits applied, copied into one char array. Joining substrings costs a
     * String, a copy and a failed Latin-1 compression per piece: with hundreds of repairs that
     * took twice as long as this.
     */
    static String apply(String text, List<Edit> edits) {
        int length = text.length();
        for (Edit e : edits) {
            length += e.lengthDelta();
        }
        char[] out = new char[length];
        int k = 0;
        int pos = 0;
        for (Edit e : edits) {
            text.getChars(pos, e.start(), out, k);
            k += e.start() - pos;
            String replacement = e.replacement();
            replacement.getChars(0, replacement.length(), out, k);
            k += replacement.length();
            pos = e.end();
        }
        text.getChars(pos, text.length(), out, k);
        return new String(out);
    }
}
