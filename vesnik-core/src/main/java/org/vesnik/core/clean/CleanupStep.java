package org.vesnik.core.clean;

import java.util.List;
import org.vesnik.core.text.Edit;

/** One kind of repair: finds the places in a text that need it and proposes edits for them. */
public interface CleanupStep {

    RepairKind kind();

    /**
     * Whether the step can find anything in a text whose characters have the classes
     * {@code profile} ({@link org.vesnik.core.lang.CharClasses#profile}); most texts need few steps.
     */
    default boolean mayApply(int profile) {
        return true;
    }

    /** Adds edits for {@code text} to {@code edits}, sorted by position and not overlapping. */
    void findEdits(String text, List<Edit> edits);
}
