package org.vesnik.archive;

/** There is no archive where one was asked for (nothing ingested yet, or a wrong path). */
public final class NoArchiveException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    public NoArchiveException(String message) {
        super(message);
    }
}
