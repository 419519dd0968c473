package org.vesnik.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vesnik.core.resources.ResourceFile;

/**
 * A stage's rules with their Macedonian examples, which live beside the stage in
 * {@code rule-examples.tsv} (rule name, the example with its words in brackets, the decision), so
 * the language stays out of the code and a linguist adds an example without reading the engine.
 */
public final class RuleBook {

    private final ResourceFile file;
    private final Map<String, List<Example>> examples = new HashMap<>();

    private RuleBook(ResourceFile file) {
        this.file = file;
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 3) {
                throw file.error(row, "expected a rule's name, an example with its words in brackets, and the decision");
            }
            try {
                examples.computeIfAbsent(row.first(), name -> new ArrayList<>()).add(Example.of(row.column(1), row.column(2)));
            } catch (IllegalArgumentException e) {
                throw file.error(row, e.getMessage());
            }
        }
    }

    /** The examples in {@code rule-examples.tsv} beside {@code anchor}. */
    public static RuleBook load(Class<?> anchor) {
        return new RuleBook(ResourceFile.load(anchor, "rule-examples.tsv"));
    }

    /** A rule named {@code name}, with its examples from the file; a rule without one is a data error. */
    public <C, V> Rule<C, V> rule(String name, String matches, String decides, Function<C, Optional<V>> decision) {
        List<Example> of = examples.get(name);
        if (of == null) {
            throw new IllegalStateException(file.name() + ": no example of the rule " + name);
        }
        return new Rule<>(name, matches, decides, of, decision);
    }

    /** A rule that decides {@code value} wherever {@code test} holds. */
    public <C, V> Rule<C, V> when(String name, String matches, V value, Predicate<C> test) {
        return rule(name, matches, String.valueOf(value), context -> test.test(context) ? Optional.of(value) : Optional.empty());
    }

    /** The rules the file has examples of: each must be a rule of the stage. */
    public Set<String> ruleNames() {
        return Set.copyOf(examples.keySet());
    }
}
