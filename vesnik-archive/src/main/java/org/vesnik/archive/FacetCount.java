package org.vesnik.archive;

import java.util.Objects;

/**
 * How many matching articles have one value of a facet: the value as indexed (an outlet, an
 * entity id, a day), a label to show (an entity's name; else the value), and the count.
 */
public record FacetCount(String value, String label, long count) {

    public FacetCount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
