package org.vesnik.core.segment;

import org.vesnik.core.text.Span;
import org.vesnik.core.text.Spanned;

/** One token: its span in the original and the cleaned text, and its kind. */
public record Token(Span span, TokenKind kind) implements Spanned {
}
