package org.vesnik.archive;

/** The archive cannot be read or written (a disk error, an index another program damaged). */
public class ArchiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }

    public ArchiveException(String message) {
        super(message);
    }
}
