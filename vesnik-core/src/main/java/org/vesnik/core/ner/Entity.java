package org.vesnik.core.ner;

/** A canonical entity: a stable id, its name in Cyrillic and in Latin letters, and its type. */
public record Entity(String id, String name, String nameLatin, EntityType type) {
}
