package org.vesnik.core.claims;

import org.vesnik.core.text.TextSpan;

/**
 * A hedge or epistemic marker ({@code околу} → approximately, {@code се верува дека} → belief),
 * where it stands, and the rule that found it ({@code hedge-before-quantity}, {@code epistemic-marker}).
 */
public record Qualifier(TextSpan phrase, String meaning, String rule) {
}
