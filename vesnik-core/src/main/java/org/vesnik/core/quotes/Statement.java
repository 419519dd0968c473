package org.vesnik.core.quotes;

/** Indirect speech: {@code X изјави дека …}, {@code според X, …}: the speaker, the cue and what was said. */
public record Statement(Span speaker, Span cue, Span content) {
}
