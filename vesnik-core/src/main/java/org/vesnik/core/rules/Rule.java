package org.vesnik.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One named rule of an extraction stage: its name (which {@code --explain} writes beside what it
 * decided), what it matches, what it decides, Macedonian examples that run as tests (from the
 * stage's {@link RuleBook}), and the decision itself, which is empty where the rule does not apply.
 *
 * @param <C> what the rule reads: a name and the words around it, a pair of quotation marks …
 * @param <V> what it decides: a type, a speaker, a date …
 */
public record Rule<C, V>(String name, String matches, String decides, List<Example> examples,
                         Function<C, Optional<V>> decision) {

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(matches, "matches");
        Objects.requireNonNull(decides, "decides");
        Objects.requireNonNull(decision, "decision");
        examples = List.copyOf(examples);
        if (!name.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a rule's name is lower-case words joined by hyphens: " + name);
        }
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("rule " + name + " has no example");
        }
    }

    /** What the rule decides for {@code context}, if it applies. */
    public Optional<V> apply(C context) {
        return decision.apply(context);
    }
}
