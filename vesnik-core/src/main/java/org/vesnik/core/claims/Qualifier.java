package org.vesnik.core.claims;

import org.vesnik.core.text.TextSpan;

/** A hedge or epistemic marker ({@code околу} → approximately, {@code се верува дека} → belief) and where it stands. */
public record Qualifier(TextSpan phrase, String meaning) {
}
