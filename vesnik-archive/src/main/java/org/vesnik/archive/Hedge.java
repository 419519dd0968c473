package org.vesnik.archive;

import java.util.Objects;

/** A word that qualifies a claim ({@code околу}: approximately; {@code се верува дека}: belief) and where it stands. */
public record Hedge(Span span, String meaning) {

    public Hedge {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(meaning, "meaning");
    }
}
