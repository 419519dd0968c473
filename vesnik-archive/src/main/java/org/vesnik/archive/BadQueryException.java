package org.vesnik.archive;

/** A query that does not parse, or asks for more than a search can answer; the message says why in one line. */
public final class BadQueryException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    public BadQueryException(String message) {
        super(message);
    }
}
