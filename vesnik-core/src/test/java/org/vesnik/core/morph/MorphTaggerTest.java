package org.vesnik.core.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;

class MorphTaggerTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    private static List<String> tagged(String text) {
        Document doc = PIPELINE.process(text);
        Morphology morphology = doc.get(Morphology.LAYER);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < doc.get(TokenList.LAYER).size(); t++) {
            out.add(morphology.lemma(t) + "/" + morphology.upos(t));
        }
        return out;
    }

    @Test
    void contextChoosesBetweenNounAndVerb() {
        assertThat(tagged("Министерот изјави дека ќе ги носи документите."))
                .containsExactly("министер/NOUN", "изјави/VERB", "дека/SCONJ", "ќе/PART", "тие/PRON",
                        "носи/VERB", "документ/NOUN", "./PUNCT");
    }

    @Test
    void namesKeepTheirCapitalAndPunctuationIsItself() {
        assertThat(tagged("Ким Џонг Ун го пофали Путин, соопшти КЦНА."))
                .contains("Ким/PROPN", "Џонг/PROPN", "Ун/PROPN", "Путин/PROPN", "КЦНА/PROPN", ",/PUNCT");
    }

    @Test
    void theNeuterAdjectiveIsAnAdverbUnlessANounFollows() {
        assertThat(tagged("Тој одеше бавно.")).contains("бавно/ADV");
        assertThat(tagged("Тоа беше бавно движење.")).contains("бавен/ADJ");
    }

    @Test
    void numbersAndSymbolsAreTaggedByTheirKind() {
        assertThat(tagged("Платија 2.000 денари, 5 %.")).contains("2.000/NUM", "5/NUM", "%/SYM");
    }

    @Test
    void otherLanguagesAreNotTaggedUnlessForced() {
        Document bulgarian = PIPELINE.process("Правителството одобри проектобюджета за следващата година.");
        assertThat(bulgarian.has(Morphology.LAYER)).isFalse();
        Document forced = Pipeline.builder().language("mk").build()
                .process("Правителството одобри проектобюджета за следващата година.");
        assertThat(forced.has(Morphology.LAYER)).isTrue();
    }
}
