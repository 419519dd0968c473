package org.vesnik.archive;

/** What ingesting one article did. */
public enum IngestOutcome {
    /** An article the archive did not have. */
    NEW,
    /** A new version of an article (same id, other text or metadata): it replaced the old one. */
    UPDATED,
    /** A version the archive already has (the current one or an earlier one): nothing changed. */
    UNCHANGED,
    /** Not Macedonian: counted by language, not stored. */
    OTHER_LANGUAGE,
    /** Annotation failed on this article (a fault of vesnik's, reported with the article's source). */
    FAILED
}
