package org.vesnik.archive;

/** How search hits are ordered. */
public enum SortOrder {
    /** Best match first. */
    relevance,
    /** Newest first; articles without a date last. */
    date
}
