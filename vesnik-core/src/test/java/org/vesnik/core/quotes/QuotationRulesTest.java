package org.vesnik.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.rules.RuleExamples;
import org.vesnik.core.rules.RuleExamples.Decision;
import org.vesnik.core.text.TextSpan;

class QuotationRulesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    @TestFactory
    Stream<DynamicTest> everyRuleDecidesItsExamples() {
        return RuleExamples.of(new QuotationFinder().rules(), QuotationRulesTest::decisions);
    }

    /** Who said each quotation's words and who reports them, and who speaks in each statement, with the rules that decided. */
    static List<Decision> decisions(String text) {
        Quotations found = PIPELINE.process(text).get(Quotations.LAYER);
        List<Decision> decisions = new ArrayList<>();
        for (Quotation quotation : found.quotations()) {
            decisions.add(new Decision(quotation.quote().text(), textOf(quotation.speaker()), quotation.rule()));
            if (quotation.source() != null) {
                decisions.add(new Decision(quotation.quote().text(), quotation.source().text(), quotation.sourceRule()));
            }
        }
        for (Statement statement : found.statements()) {
            if (statement.content() != null) {
                decisions.add(new Decision(statement.content().text(), textOf(statement.speaker()), statement.rule()));
            }
        }
        return decisions;
    }

    private static String textOf(TextSpan words) {
        return words == null ? "null" : words.text();
    }
}
