package org.vesnik.core.claims;

/** A hedge or epistemic marker ({@code околу} → approximately, {@code се верува дека} → belief) and where it stands. */
public record Qualifier(Phrase phrase, String meaning) {
}
