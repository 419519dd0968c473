package org.vesnik.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One named rule of an extraction stage: its name (which {@code --explain} writes beside what it
 * decided), what it matches, what it decides, Macedonian examples that run as tests, and the
 * decision itself, which is empty where the rule does not apply.
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

    /** A rule that decides by {@code decision}, which may find nothing to decide. */
    public static <C, V> Rule<C, V> of(String name, String matches, String decides, Function<C, Optional<V>> decision,
                                       Example... examples) {
        return new Rule<>(name, matches, decides, List.of(examples), decision);
    }

    /** A rule that decides {@code value} wherever {@code test} holds. */
    public static <C, V> Rule<C, V> when(String name, String matches, V value, Predicate<C> test, Example... examples) {
        return new Rule<>(name, matches, String.valueOf(value), List.of(examples),
                context -> test.test(context) ? Optional.of(value) : Optional.empty());
    }

    /** What the rule decides for {@code context}, if it applies. */
    public Optional<V> apply(C context) {
        return decision.apply(context);
    }
}
