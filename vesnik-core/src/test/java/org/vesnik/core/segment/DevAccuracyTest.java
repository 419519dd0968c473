package org.vesnik.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.testing.ConlluScore;
import org.vesnik.core.testing.SharedData;
import org.vesnik.core.text.Document;

/**
 * Holds the accuracy bars of the segmentation issue on the CLASSLA 1984 dev data (skipped when
 * {@code ../shared} is absent). The figures reported in the README come from the Python tool;
 * this test scores the same way so a regression fails the build.
 */
class DevAccuracyTest {

    @Test
    void tokensAndSentencesMeetTheBars() throws IOException {
        List<ConlluScore.GoldSentence> gold = ConlluScore.read(SharedData.require("classla-mk-1984-dev.conllu"));
        String raw = ConlluScore.rawText(gold);
        Document doc = Pipeline.builder().build().process(raw);
        List<Token> tokens = doc.get(TokenList.LAYER);
        List<List<String>> system = new ArrayList<>();
        for (Sentence s : doc.get(Sentence.LAYER)) {
            List<String> forms = new ArrayList<>();
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                forms.add(raw.substring(tokens.get(t).start(), tokens.get(t).end()));
            }
            system.add(forms);
        }
        ConlluScore.Scores scores = ConlluScore.score(gold, system);
        assertThat(scores.tokensF1()).as("tokens F1, 99.95 reported").isGreaterThanOrEqualTo(99.9);
        assertThat(scores.sentencesF1()).as("sentences F1, 99.78 reported").isGreaterThanOrEqualTo(99.5);
    }
}
