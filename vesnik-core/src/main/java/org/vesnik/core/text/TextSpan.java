package org.vesnik.core.text;

/**
 * Words of an annotation (a quotation's speaker, a claim's source, a title): their span in the
 * original and the cleaned text, the original words, and the id of the entity they name, or null.
 */
public record TextSpan(Span span, String text, String entity) implements Spanned {
}
