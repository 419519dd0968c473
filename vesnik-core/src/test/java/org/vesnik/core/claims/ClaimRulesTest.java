package org.vesnik.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.rules.RuleExamples;
import org.vesnik.core.rules.RuleExamples.Decision;

class ClaimRulesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    @TestFactory
    Stream<DynamicTest> everyRuleDecidesItsExamples() {
        return RuleExamples.of(new ClaimFinder().rules(), ClaimRulesTest::decisions);
    }

    /** Each claim's qualifiers (their words and meaning) and source (the claim's words and who states it), with their rules. */
    private static List<Decision> decisions(String text) {
        List<Decision> decisions = new ArrayList<>();
        for (Claim claim : PIPELINE.process(text).get(Claim.LAYER)) {
            for (Qualifier qualifier : claim.hedges()) {
                decisions.add(new Decision(qualifier.phrase().text(), qualifier.meaning(), qualifier.rule()));
            }
            for (Qualifier qualifier : claim.epistemic()) {
                decisions.add(new Decision(qualifier.phrase().text(), qualifier.meaning(), qualifier.rule()));
            }
            if (claim.source() != null) {
                decisions.add(new Decision(claim.quantity().text(), claim.source().text(), claim.sourceRule()));
            }
        }
        return decisions;
    }
}
