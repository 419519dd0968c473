package org.vesnik.core.time;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.rules.RuleExamples;
import org.vesnik.core.rules.RuleExamples.Decision;

class DateRulesTest {

    /** The examples resolve against Thursday, 4 September 2025. */
    private static final Pipeline PIPELINE = Pipeline.builder().articleDate(LocalDate.of(2025, 9, 4)).build();

    @TestFactory
    Stream<DynamicTest> everyRuleDecidesItsExamples() {
        return RuleExamples.of(new DateTagger(null).rules(), text -> PIPELINE.process(text).get(DateMention.LAYER).stream()
                .map(date -> new Decision(date.text(), date.resolved() ? date.value() : "unresolved", date.rule())).toList());
    }
}
