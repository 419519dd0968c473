package org.vesnik.core.claims;

import java.util.List;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.TextSpan;

/**
 * A numeric claim: the quantity as written ({@code околу 2.000 севернокорејски војници}), its
 * value ({@code value}, and {@code valueMax} for a range), what kind it is ({@code count},
 * {@code percent}, {@code money}, {@code ordinal}), the currency or % sign ({@code unit}), what
 * it counts ({@code counted}, with the noun's lemma), its hedges ({@code околу}: approximately)
 * and the sentence's epistemic markers ({@code се верува дека}: belief), and who states it
 * ({@code source}, the subject of the reporting verb {@code cue}, or the X of {@code според X}),
 * with the rule that found it ({@code sourceRule}, null without a source).
 * {@code vague} for number words that give only a least value (десетици, илјадници).
 */
public record Claim(TextSpan quantity, String kind, double value, Double valueMax, boolean vague, String unit,
                    TextSpan counted, String countedLemma, List<Qualifier> hedges, List<Qualifier> epistemic,
                    TextSpan source, String sourceRule, TextSpan cue, int sentenceStart, int sentenceEnd) {

    /** A document's numeric claims, in text order. */
    public static final Layer<List<Claim>> LAYER = Layer.written("claims", new ClaimsFormat(), List.of());

    public Claim {
        hedges = List.copyOf(hedges);
        epistemic = List.copyOf(epistemic);
    }
}
