package org.vesnik.core.quotes;

import org.vesnik.core.text.TextSpan;

/**
 * Indirect speech: {@code X изјави дека …}, {@code според X, …}: the speaker, the cue, what was
 * said, and the rule that found it ({@code speech-verb-and-deka}, {@code according-to-opening}).
 */
public record Statement(TextSpan speaker, TextSpan cue, TextSpan content, String rule) {
}
