package org.vesnik.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.OffsetMap;

class TokenizerTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    static List<String> tokens(String text) {
        Document doc = PIPELINE.process(text);
        return doc.get(TokenList.LAYER).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    /** Expected tokens are separated by " ¦ " in the test table. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "околу 2.000 војници                | околу ¦ 2.000 ¦ војници",
        "раст од 3,5 %                      | раст ¦ од ¦ 3,5 ¦ %",
        "на 03.09.2025 во 12:30 часот       | на ¦ 03.09.2025 ¦ во ¦ 12:30 ¦ часот",
        "на 26-ти мај                       | на ¦ 26-ти ¦ мај",
        "1.000 денари или 50 €              | 1.000 ¦ денари ¦ или ¦ 50 ¦ €",
        "т.е. т.н. итн. и др.               | т.е. ¦ т.н. ¦ итн. ¦ и ¦ др.",
        "д-р Петров и г-ѓа Петрова, г-дин Ристов | д-р ¦ Петров ¦ и ¦ г-ѓа ¦ Петрова ¦ , ¦ г-дин ¦ Ристов",
        "проф. Ристов од ул. Македонија бр. 5 | проф. ¦ Ристов ¦ од ¦ ул. ¦ Македонија ¦ бр. ¦ 5",
        "ВМРО-ДПМНЕ и СДСМ                  | ВМРО-ДПМНЕ ¦ и ¦ СДСМ",
        "по ’рбетот и 'рбет                 | по ¦ ’рбетот ¦ и ¦ 'рбет",
        "О'Брајан и О’Брајан                | О'Брајан ¦ и ¦ О’Брајан",
        "види https://vesnik.mk/a?b=1, или www.time.mk. | види ¦ https://vesnik.mk/a?b=1 ¦ , ¦ или ¦ www.time.mk ¦ .",
        "пиши на info@vesnik.mk.            | пиши ¦ на ¦ info@vesnik.mk ¦ .",
        "на time.mk и Vecer.com.mk          | на ¦ time.mk ¦ и ¦ Vecer.com.mk",
        "#избори2024 од @vesnik_mk          | #избори2024 ¦ од ¦ @vesnik_mk",
        "чекај... и…                        | чекај ¦ ... ¦ и ¦ …",
        "Зошто?! Не!!!                      | Зошто ¦ ?! ¦ Не ¦ !!!",
        "„Родонг Синмун“ (КЦНА) — крај      | „ ¦ Родонг ¦ Синмун ¦ “ ¦ ( ¦ КЦНА ¦ ) ¦ — ¦ крај",
        "«Цитат» и \"друг\"                 | « ¦ Цитат ¦ » ¦ и ¦ \" ¦ друг ¦ \"",
        "В. Путин и С.А.Д.                  | В. ¦ Путин ¦ и ¦ С.А.Д.",
        "од 5-7 години, тел. 02-3111-222    | од ¦ 5 ¦ - ¦ 7 ¦ години ¦ , ¦ тел. ¦ 02 ¦ - ¦ 3111 ¦ - ¦ 222",
        "во 1900-тата и горе-долу           | во ¦ 1900-тата ¦ и ¦ горе-долу",
        "COVID-19 и iPhone 16               | COVID-19 ¦ и ¦ iPhone ¦ 16",
        "секој ден. Потоа 5 ден. плус       | секој ¦ ден ¦ . ¦ Потоа ¦ 5 ¦ ден. ¦ плус",
        "живеат- и живееја                  | живеат ¦ - ¦ и ¦ живееја",
    })
    void tokenizesNewsText(String text, String expected) {
        assertThat(tokens(text.strip())).containsExactlyElementsOf(Arrays.asList(expected.strip().split(" ¦ ")));
    }

    @Test
    void emojiSequencesStayWhole() {
        assertThat(tokens("Браво 👍🏽 и 👨‍👩‍👧")).containsExactly("Браво", "👍🏽", "и", "👨‍👩‍👧");
    }

    @Test
    void tokensOfRepairedTextKeepOriginalForms() {
        String text = "агенција КЦНА.Ким";
        assertThat(tokens(text)).containsExactly("агенција", "КЦНА", ".", "Ким");
        String entities = "A &amp; B";
        assertThat(tokens(entities)).containsExactly("A", "&amp;", "B");
    }

    @Test
    void eachTokenKnowsTheSpanItLiesIn() {
        String text = "Ким Џонг Ун и Путин, во Пекинг.";
        TokenList tokens = new Tokenizer().tokenize(text, OffsetMap.identity());
        // Ким Џонг Ун [0, 11), Путин [14, 19), Пекинг [24, 30)
        int[] spanOf = tokens.spanOfEachToken(new int[] {0, 14, 24}, new int[] {11, 19, 30});
        assertThat(spanOf).containsExactly(0, 0, 0, -1, 1, -1, -1, 2, -1);
        assertThat(tokens.spanOfEachToken(new int[0], new int[0])).containsOnly(-1);
    }
}
