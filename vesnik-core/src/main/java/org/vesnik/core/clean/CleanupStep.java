package org.vesnik.core.clean;

import java.util.List;
import org.vesnik.core.text.Edit;

/** One kind of repair: finds the places in a text that need it and proposes edits for them. */
public interface CleanupStep {

    RepairKind kind();

    /** Adds edits for {@code text} to {@code edits}, sorted by position and not overlapping. */
    void findEdits(String text, List<Edit> edits);
}
