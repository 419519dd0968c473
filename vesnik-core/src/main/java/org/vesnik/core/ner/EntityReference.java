package org.vesnik.core.ner;

import org.vesnik.core.text.Span;
import org.vesnik.core.text.Spanned;

/** A word that refers to an entity without naming it: the adjective of a country ({@code руската} → Русија). */
public record EntityReference(Span span, String text, String entityId) implements Spanned {
}
