package org.vesnik.core.clean;

import org.vesnik.core.text.Span;
import org.vesnik.core.text.Spanned;

/**
 * One change cleanup made, in both coordinate systems: {@code [start, end)} of the original text
 * became {@code [cleanStart, cleanEnd)} of the cleaned text. An insertion has {@code start == end}.
 */
public record Repair(RepairKind kind, Span span, String originalText, String cleanedText) implements Spanned {
}
