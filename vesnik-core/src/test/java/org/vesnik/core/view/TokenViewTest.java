package org.vesnik.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;

class TokenViewTest {

    @Test
    void everyStageOfADocumentReadsTheSameView() {
        Document doc = Pipeline.builder().build().process("Ким изјави дека ќе дојде.");
        assertThat(TokenView.of(doc)).isSameAs(TokenView.of(doc));
    }

    @Test
    void aTokenIsReadAsWrittenInLowerCaseAndByItsCyrillicKey() {
        Document doc = Pipeline.builder().build().process("Соопшти KCNA. Путин ги пофали војниците.");
        TokenView view = TokenView.of(doc);
        assertThat(view.surface(1)).isEqualTo("KCNA");
        assertThat(view.form(1)).isEqualTo("kcna");
        assertThat(view.key(1)).isEqualTo("кцна");
        assertThat(view.lemma(6)).isEqualTo("војник");
        assertThat(view.tag(6)).isEqualTo(Upos.NOUN);
        assertThat(view.sentenceOf(2)).isZero();
        assertThat(view.sentenceOf(3)).isEqualTo(1);
        SentenceTokens second = view.sentence(1);
        assertThat(second.surface(0)).isEqualTo("Путин");
        assertThat(second.words(0, 2).text()).isEqualTo("Путин ги");
    }

    @Test
    void otherReadingsComeFromTheLexiconThePipelineWasGiven() {
        String text = "Ги видовме колибите.";
        Document plain = Pipeline.builder().build().process(text);
        Document withLexicon = Pipeline.builder().extraLexicon(word -> word.equals("колиба")).build().process(text);
        // the rules first guess a masculine колиб; a user's lexicon that knows колиба puts it first
        assertThat(TokenView.of(plain).readings("колибите").get(0).lemma()).isEqualTo("колиб");
        assertThat(TokenView.of(withLexicon).readings("колибите").get(0).lemma()).isEqualTo("колиба");
    }
}
