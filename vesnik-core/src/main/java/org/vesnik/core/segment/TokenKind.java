package org.vesnik.core.segment;

import java.util.Locale;

/** What a token is, as far as segmentation can tell. */
public enum TokenKind {
    WORD, NUMBER, ABBREVIATION, PUNCTUATION, QUOTE, SYMBOL, URL, EMAIL, HASHTAG, MENTION;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The name used in the output formats. */
    public String label() {
        return label;
    }
}
