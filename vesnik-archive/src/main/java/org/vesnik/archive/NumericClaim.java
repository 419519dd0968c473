package org.vesnik.archive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number an article states: the quantity as written, its value (and upper bound for a range),
 * its kind ({@code count}, {@code percent}, {@code money}, {@code ordinal}), unit, what it
 * counts (with the noun's lemma), its hedges and epistemic markers, and who states it.
 */
public record NumericClaim(Span quantity, String kind, double value, Optional<Double> valueMax, boolean vague,
                           Optional<String> unit, Optional<Span> counted, Optional<String> countedLemma,
                           List<Hedge> hedges, List<Hedge> epistemic, Optional<Span> source,
                           Optional<String> sourceId, Optional<Span> cue) {

    public NumericClaim {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
        hedges = List.copyOf(hedges);
        epistemic = List.copyOf(epistemic);
    }
}
