package org.vesnik.core.langid;

import org.vesnik.core.text.Span;
import org.vesnik.core.text.Spanned;

/** A paragraph (text between blank lines) with its span in the original and cleaned text, and its language. */
public record ParagraphLanguage(Span span, LanguageGuess language) implements Spanned {
}
