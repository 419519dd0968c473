package org.vesnik.archive;

import java.util.List;
import java.util.Objects;

/**
 * A passage of an article's original text (never the cleaned text) around the query's words:
 * its offsets in the original, its text, and the matches in it, also as offsets in the original.
 */
public record Snippet(int start, int end, String text, List<Highlight> highlights) {

    public static final Snippet NONE = new Snippet(0, 0, "", List.of());

    public Snippet {
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
    }
}
