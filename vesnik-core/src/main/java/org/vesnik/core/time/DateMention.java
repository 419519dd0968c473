package org.vesnik.core.time;

import java.util.List;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Span;
import org.vesnik.core.text.Spanned;

/**
 * A date or time expression: its span (original and cleaned text), its words, what it names
 * ({@code date}, {@code week}, {@code month}, {@code year} or {@code time}) and the ISO 8601
 * value it resolves to ({@code 2025-09-03}, {@code 2025-W36}, {@code 2025-09}, {@code 2025},
 * {@code 12:30}). A relative expression ({@code во среда}, {@code минатата година}) without an
 * article date to count from is kept with {@code resolved == false} and no value: never guessed.
 * {@code rule} names the rule that found and resolved it ({@code weekday}, {@code day-month} …).
 */
public record DateMention(Span span, String text, String kind, String value, boolean resolved, String rule) implements Spanned {

    /** A document's dates and times, in text order. */
    public static final Layer<List<DateMention>> LAYER = Layer.written("dates", new DatesFormat(), List.of());
}
