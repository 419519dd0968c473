package org.vesnik.core.ner;

/** A word that refers to an entity without naming it: the adjective of a country ({@code руската} → Русија). */
public record EntityReference(int start, int end, int cleanStart, int cleanEnd, String text, String entityId) {
}
