package org.vesnik.core.rules;

/** What a rule decided, and the rule's name. */
public record Decided<V>(V value, String rule) {
}
