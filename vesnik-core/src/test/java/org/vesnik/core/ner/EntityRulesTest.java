package org.vesnik.core.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.rules.RuleExamples;

class EntityRulesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    @TestFactory
    Stream<DynamicTest> everyRuleDecidesItsExamples() {
        return RuleExamples.of(new EntityRecognizer().rules(), text -> PIPELINE.process(text).get(NamedEntities.LAYER)
                .mentions().stream().map(m -> new RuleExamples.Decision(m.text(), m.type().name(), m.rule())).toList());
    }

    @Test
    void everyMentionSaysWhichRuleTypedIt() {
        List<String> names = new EntityRecognizer().rules().stream().map(r -> r.name()).toList();
        assertThat(PIPELINE.process("Претседателот Путин и Ким се сретнаа во Пекинг.").get(NamedEntities.LAYER).mentions())
                .isNotEmpty().allSatisfy(m -> assertThat(names).contains(m.rule()));
    }
}
