package org.vesnik.core.segment;

/**
 * One token: {@code [start, end)} in the original text and {@code [cleanStart, cleanEnd)} in
 * the cleaned text (UTF-16 code units, end exclusive).
 */
public record Token(int start, int end, int cleanStart, int cleanEnd, TokenKind kind) {
}
