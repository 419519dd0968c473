package org.vesnik.core.quotes;

/** Words of a quotation record (a speaker, a cue, a source): spans in both texts, the words, and the entity they name if any. */
public record Span(int start, int end, int cleanStart, int cleanEnd, String text, String entity) {
}
