package org.vesnik.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;

class QuotationMarkPairerTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    /** The quoted texts (between each pair's marks), in order. */
    static List<String> quoted(String text) {
        Document doc = PIPELINE.process(text);
        List<Token> tokens = doc.get(TokenList.LAYER);
        return doc.get(QuotationMarks.LAYER).pairs().stream()
                .map(p -> text.substring(tokens.get(p.openToken()).end(), tokens.get(p.closeToken()).start()))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Тој рече „здраво свету“ денес.",
        "Тој рече “здраво свету” денес.",
        "Тој рече «здраво свету» денес.",
        "Тој рече \"здраво свету\" денес.",
        "Тој рече 'здраво свету' денес.",
        "Тој рече ‚здраво свету‘ денес.",
        "Тој рече „здраво свету” денес.",
    })
    void everyStyleIsPaired(String text) {
        assertThat(quoted(text)).containsExactly("здраво свету");
    }

    @Test
    void nestedQuotationsPairInsideOut() {
        assertThat(quoted("Рече: „Тој вели ‚не‘ и «да»“.")).containsExactly("Тој вели ‚не‘ и «да»", "не", "да");
    }

    @Test
    void apostrophesInsideWordsAreNotQuotationMarks() {
        assertThat(quoted("О'Брајан рече 'рбетот го боли")).isEmpty();
    }

    @Test
    void unpairedMarksAreReported() {
        Document doc = PIPELINE.process("Почна „цитат без крај.\nНов ред“ тука.");
        QuotationMarks marks = doc.get(QuotationMarks.LAYER);
        assertThat(marks.pairs()).isEmpty();
        assertThat(marks.unpaired()).hasSize(2);
    }

    @Test
    void seedArticleQuotationsArePaired() {
        String text = "Ким изјави дека земјата „целосно ќе ја поддржи“ армијата како „братска должност“, "
                + "а весникот „Родонг Синмун“ ја објави.";
        assertThat(quoted(text)).containsExactly("целосно ќе ја поддржи", "братска должност", "Родонг Синмун");
    }
}
