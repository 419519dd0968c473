package org.vesnik.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one article read for ingest: its source, the outcome, the language it was
 * found in, its id (absent when annotation failed) and, for a failure, why.
 */
public record IngestResult(String source, IngestOutcome outcome, String language, Optional<String> id,
                           Optional<String> failure) {

    public IngestResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(failure, "failure");
    }
}
