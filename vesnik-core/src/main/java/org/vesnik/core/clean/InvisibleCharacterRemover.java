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
    public boolean mayApply(int profile) {
        return (profile & CharClasses.INVISIBLE) != 0;
    }

    @Override
    public void findEdits(String text, List<Edit> edits) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isInvisible(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isInvisible(text.charAt(i))) {
                i++;
            }
            edits.add(new Edit(start, i, ""));
        }
    }

    /** Whether cleanup deletes {@code c}. */
    public static boolean isInvisible(char c) {
        return (CharClasses.of(c) & CharClasses.INVISIBLE) != 0;
    }
}
