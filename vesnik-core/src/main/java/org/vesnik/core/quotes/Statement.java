package org.vesnik.core.quotes;

import org.vesnik.core.text.TextSpan;

/** Indirect speech: {@code X изјави дека …}, {@code според X, …}: the speaker, the cue and what was said. */
public record Statement(TextSpan speaker, TextSpan cue, TextSpan content) {
}
