package org.vesnik.ingest.io;

import java.io.IOException;

/** A record whose bytes, as read or as decompressed, pass the {@link ByteLimit}. */
public final class TooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public TooLargeException(long limit) {
        super("larger than the limit of " + new ByteLimit(limit).describe());
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
