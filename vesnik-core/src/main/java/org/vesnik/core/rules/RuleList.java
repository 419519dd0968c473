package org.vesnik.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules in the order they are tried: the first that applies decides. */
public final class RuleList<C, V> {

    private final List<Rule<C, V>> rules;

    private RuleList(List<Rule<C, V>> rules) {
        this.rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (Rule<C, V> rule : this.rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("two rules are named " + rule.name());
            }
        }
    }

    @SafeVarargs
    public static <C, V> RuleList<C, V> of(Rule<C, V>... rules) {
        return new RuleList<>(List.of(rules));
    }

    /** The rules of {@code groups}, group after group: for a stage that lists its rules by what they read. */
    @SafeVarargs
    public static <C, V> RuleList<C, V> inOrder(List<Rule<C, V>>... groups) {
        List<Rule<C, V>> all = new ArrayList<>();
        for (List<Rule<C, V>> group : groups) {
            all.addAll(group);
        }
        return new RuleList<>(all);
    }

    /** The decision of the first rule that applies, with its name; empty when none does. */
    public Optional<Decided<V>> decide(C context) {
        for (Rule<C, V> rule : rules) {
            Optional<V> value = rule.apply(context);
            if (value.isPresent()) {
                return Optional.of(new Decided<>(value.get(), rule.name()));
            }
        }
        return Optional.empty();
    }

    public List<Rule<C, V>> rules() {
        return rules;
    }
}
