package org.vesnik.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;

class SentenceSplitterTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    static List<String> sentences(String text) {
        Document doc = PIPELINE.process(text);
        return doc.get(Sentence.LAYER).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sampleArticleHasFifteenSentences() throws IOException {
        String seed = Files.readString(Path.of("../samples/seed-article.txt"), StandardCharsets.UTF_8);
        List<String> sentences = sentences(seed);
        assertThat(sentences).hasSize(15);
        // the first sentence ends at the glued stop; the second spans the broken line
        assertThat(sentences.get(0)).startsWith("Севернокорејскиот лидер").endsWith("агенција КЦНА.");
        assertThat(sentences.get(1)).isEqualTo("Ким и Путин се\nсретнаа во среда на маргините на кинеските прослави"
                + " по повод формалното предавање на Јапонија во Втората светска војна во Пекинг.");
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("Разузнавачката агенција"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("Откако двајцата").contains("беше\nзабележан"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("„Родонг Синмун“ претежно"));
        assertThat(sentences).filteredOn(s -> s.contains("2.000") || s.contains("6.000") || s.contains("1.000"))
                .hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a quotation that ends the sentence inside its closing mark
        "Тој праша: „Зошто?“ Следната недела дојде. | Тој праша: „Зошто?“ ¦ Следната недела дојде.",
        // a quotation followed by its reporting clause is one sentence
        "„Разменија мислења за прашања“, соопшти КЦНА. | „Разменија мислења за прашања“, соопшти КЦНА.",
        "„Зошто?“ праша тој. | „Зошто?“ праша тој.",
        "Се сретнаа г. Петров и проф. Ристов. Потоа заминаа. | Се сретнаа г. Петров и проф. Ристов. ¦ Потоа заминаа.",
        "Тоа беше во 2025 г. Следната година дојде. | Тоа беше во 2025 г. ¦ Следната година дојде.",
        "Дојдоа Ана, Бојан итн. Потоа заминаа. | Дојдоа Ана, Бојан итн. ¦ Потоа заминаа.",
        "Еве една лименка млеко ... но, гледај. | Еве една лименка млеко ... но, гледај.",
        "Рече В. Путин. Ким молчеше. | Рече В. Путин. ¦ Ким молчеше.",
        "Вели т.е. Ким. | Вели т.е. Ким.",
        "Загинаа 2.000 војници. 1.000 се ранети. | Загинаа 2.000 војници. ¦ 1.000 се ранети.",
        "Дали? Да! Секако... Крај | Дали? ¦ Да! ¦ Секако... ¦ Крај",
        "Сите (и тие.) Дојдоа. | Сите (и тие.) ¦ Дојдоа.",
    })
    void splitsWhereSentencesEnd(String text, String expected) {
        assertThat(sentences(text)).containsExactly(expected.split(" ¦ "));
    }

    @Test
    void everyRemainingLineBreakEndsASentence() {
        assertThat(sentences("Наслов без точка\nПрвата реченица.\n\nВтор пасус"))
                .containsExactly("Наслов без точка", "Првата реченица.", "Втор пасус");
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences(" \n\t \n")).isEmpty();
    }
}
