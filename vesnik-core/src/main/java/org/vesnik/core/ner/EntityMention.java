package org.vesnik.core.ner;

import org.vesnik.core.text.Span;
import org.vesnik.core.text.Spanned;

/**
 * A name in the text: its span in the original and cleaned text, its words, its type, the entity
 * it names, and the rule that found its type ({@code title-before}, {@code known-name} …).
 */
public record EntityMention(Span span, String text, EntityType type, String entityId, String rule) implements Spanned {
}
