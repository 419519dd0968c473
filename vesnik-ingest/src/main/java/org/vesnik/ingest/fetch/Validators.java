package org.vesnik.ingest.fetch;

import java.util.Objects;
import java.util.Optional;

/** A response's ETag and Last-Modified, sent back on the next request for a conditional GET. */
public record Validators(Optional<String> etag, Optional<String> lastModified) {

    public Validators {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    public boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }
}
