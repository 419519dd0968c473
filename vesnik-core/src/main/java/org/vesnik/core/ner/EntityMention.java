package org.vesnik.core.ner;

import org.vesnik.core.text.Span;
import org.vesnik.core.text.Spanned;

/** A name in the text: its span in the original and cleaned text, its words, its type and the entity it names. */
public record EntityMention(Span span, String text, EntityType type, String entityId) implements Spanned {
}
