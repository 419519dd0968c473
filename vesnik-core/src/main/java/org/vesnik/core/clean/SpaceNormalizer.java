package org.vesnik.core.clean;

import java.util.List;
import org.vesnik.core.lang.CharClasses;
import org.vesnik.core.text.Edit;

/**
 * Replaces the many Unicode spaces (no-break, thin, figure, ideographic …) by a plain space and
 * the other line and paragraph separators (vertical tab, form feed, NEL, U+2028, U+2029) by
 * line feeds, so that after cleanup only {@code \n} and {@code \r} break lines.
 */
public final class SpaceNormalizer implements CleanupStep {

    @Override
    public RepairKind kind() {
        return RepairKind.SPACE;
    }

    @Override
    public boolean mayApply(TextProfile profile) {
        return profile.has(CharClasses.ODD_SPACE);
    }

    @Override
    public void findEdits(String text, TextProfile profile, List<Edit> edits) {
        for (int k = 0; k < profile.count(); k++) {
            int i = profile.position(k);
            String replacement = CharClasses.plainSpace(text.charAt(i));
            if (replacement != null) {
                edits.add(new Edit(i, i + 1, replacement));
            }
        }
    }
}
