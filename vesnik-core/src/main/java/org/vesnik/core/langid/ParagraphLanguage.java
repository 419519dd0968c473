package org.vesnik.core.langid;

/** A paragraph (text between blank lines) with its offsets in the original and cleaned text, and its language. */
public record ParagraphLanguage(int start, int end, int cleanStart, int cleanEnd, LanguageGuess language) {
}
