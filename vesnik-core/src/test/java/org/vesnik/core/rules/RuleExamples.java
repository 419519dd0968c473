package org.vesnik.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs every example of a stage's rules as a test of its own: the example's text is annotated,
 * and among the decisions the stage reports, one must be the rule's, about the example's words,
 * deciding what the example says; a decision names its rule alone or, when a rule of a rule found
 * what it decided, both ({@code subject-of-speech-verb/name-in-clause}). An example that decides
 * {@code none} must leave its words without anyone or anything decided for them.
 */
public final class RuleExamples {

    /** One decision a stage reported: the words it is about, what it decided and the rule that did. */
    public record Decision(String words, String value, String rule) {
    }

    private RuleExamples() {
    }

    public static Stream<DynamicTest> of(List<Rule<?, ?>> rules, Function<String, List<Decision>> decisions) {
        return rules.stream().flatMap(rule -> rule.examples().stream().map(example ->
                DynamicTest.dynamicTest(rule.name() + ": " + example.text(), () -> check(rule, example, decisions))));
    }

    private static void check(Rule<?, ?> rule, Example example, Function<String, List<Decision>> decisions) {
        List<Decision> found = decisions.apply(example.text());
        if (example.decision().equals("none")) {
            assertThat(found).as("decisions about %s", example.words())
                    .noneMatch(d -> (d.words().contains(example.words()) || example.words().contains(d.words())) && !d.value().equals("null"));
            return;
        }
        assertThat(found).as("decisions in %s", example.text()).anyMatch(d -> d.words().equals(example.words())
                && d.value().equals(example.decision()) && List.of(d.rule().split("/")).contains(rule.name()));
    }
}
