package org.vesnik.core.clean;

import java.util.List;
import org.vesnik.core.lang.CharClasses;
import org.vesnik.core.text.Edit;

/**
 * Deletes characters that are invisible in print ({@link CharClasses#INVISIBLE}): soft hyphens,
 * zero-width spaces, word joiners, byte-order marks, direction marks, stray control characters.
 */
public final class InvisibleCharacterRemover implements CleanupStep {

    @Override
    public RepairKind kind() {
        return RepairKind.INVISIBLE_CHARACTER;
    }

    @Override
    public boolean mayApply(TextProfile profile) {
        return profile.has(CharClasses.INVISIBLE);
    }

    @Override
    public void findEdits(String text, TextProfile profile, List<Edit> edits) {
        int k = 0;
        while (k < profile.count()) {
            int start = profile.position(k++);
            if (!isInvisible(text.charAt(start))) {
                continue;
            }
            int end = start + 1;
            // a run of invisible characters is one deletion
            while (k < profile.count() && profile.position(k) == end && isInvisible(text.charAt(end))) {
                end++;
                k++;
            }
            edits.add(new Edit(start, end, ""));
        }
    }

    /** Whether cleanup deletes {@code c}. */
    public static boolean isInvisible(char c) {
        return (CharClasses.of(c) & CharClasses.INVISIBLE) != 0;
    }
}
