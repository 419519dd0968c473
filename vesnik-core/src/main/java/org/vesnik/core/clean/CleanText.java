package org.vesnik.core.clean;

import java.util.List;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.OffsetMap;

/**
 * The cleaned text of a document, the map between its offsets and the original's, and the
 * repairs that made it.
 */
public record CleanText(String text, OffsetMap offsets, List<Repair> repairs) {

    public static final Layer<CleanText> LAYER = Layer.written("cleanText", new RepairsFormat());

    public CleanText {
        repairs = List.copyOf(repairs);
    }
}
