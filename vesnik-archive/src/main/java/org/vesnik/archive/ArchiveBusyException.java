package org.vesnik.archive;

/** Another ingest is writing to the archive: one writer at a time (readers are never kept out). */
public final class ArchiveBusyException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    public ArchiveBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
