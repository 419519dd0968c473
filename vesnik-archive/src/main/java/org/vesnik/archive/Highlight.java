package org.vesnik.archive;

/** Where a query's words matched, as offsets into the article's original text (end exclusive). */
public record Highlight(int start, int end) {
}
