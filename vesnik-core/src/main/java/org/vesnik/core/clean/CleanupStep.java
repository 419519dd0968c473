package org.vesnik.core.clean;

import java.util.List;
import org.vesnik.core.text.Edit;

/** One kind of repair: finds the places in a text that need it and proposes edits for them. */
public interface CleanupStep {

    RepairKind kind();

    /** Whether the step can find anything in a text with this profile; most texts need few steps. */
    default boolean mayApply(TextProfile profile) {
        return true;
    }

    /**
     * Adds edits for {@code text} to {@code edits}, sorted by position and not overlapping;
     * {@code profile} is the text's, for steps that start from its marked positions.
     */
    void findEdits(String text, TextProfile profile, List<Edit> edits);
}
