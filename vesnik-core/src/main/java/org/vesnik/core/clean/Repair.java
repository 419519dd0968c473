package org.vesnik.core.clean;

/**
 * One change cleanup made, in both coordinate systems: {@code [start, end)} of the original text
 * became {@code [cleanStart, cleanEnd)} of the cleaned text. An insertion has {@code start == end}.
 */
public record Repair(RepairKind kind, int start, int end, int cleanStart, int cleanEnd,
                     String originalText, String cleanedText) {
}
