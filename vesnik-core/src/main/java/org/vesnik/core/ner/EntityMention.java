package org.vesnik.core.ner;

/** A name in the text (offsets into the original and cleaned text), its type and the entity it names. */
public record EntityMention(int start, int end, int cleanStart, int cleanEnd, String text, EntityType type,
                            String entityId) {
}
