package org.vesnik.core.clean;

/** What a cleanup repair fixed; {@link #label()} is the name used in the output formats. */
public enum RepairKind {
    HTML_ENTITY("html-entity"),
    UNICODE_NORMALIZATION("unicode-normalization"),
    INVISIBLE_CHARACTER("invisible-character"),
    SPACE("space"),
    MIXED_SCRIPT("mixed-script"),
    LINE_BREAK("line-break"),
    GLUED_SENTENCE("glued-sentence");

    private final String label;

    RepairKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
