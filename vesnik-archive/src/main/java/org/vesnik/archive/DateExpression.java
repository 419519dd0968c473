package org.vesnik.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * A date or time an article names, what it names ({@code date}, {@code week}, {@code month},
 * {@code year}, {@code time}) and its ISO 8601 value; no value when it is relative and the
 * article had no date to count from.
 */
public record DateExpression(Span span, String kind, Optional<String> value) {

    public DateExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
