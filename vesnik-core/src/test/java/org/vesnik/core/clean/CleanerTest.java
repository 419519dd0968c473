package org.vesnik.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CleanerTest {

    private final Cleaner cleaner = Cleaner.standard();

    private String clean(String text) {
        return cleaner.clean(text).text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "агенција КЦНА.Ким и Путин | агенција КЦНА. Ким и Путин",
        "против Украина.Разузнавачката | против Украина. Разузнавачката",
        "според KCNA.Откако двајцата | според KCNA. Откако двајцата",
        "во Русија.Ким и Путин | во Русија. Ким и Путин",
        "Зошто?Тој не знае | Зошто? Тој не знае",
        "Доста!„Не“, рече | Доста! „Не“, рече",
        "прашања?“Следната | прашања?“ Следната",
        "чекај…Тој дојде | чекај… Тој дојде",
        "во 2025.Следната | во 2025. Следната",
    })
    void gluedFullStopStartsNewSentence(String input, String expected) {
        assertThat(clean(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "околу 2.000 војници", "3,5 отсто", "на 03.09.2025 година", "т.е. нешто", "т.н.Родонг",
        "д-р.Петров", "В.Путин", "ул.Македонија", "проф.Ристов", "види time.mk и Time.MK денес",
        "пиши на info@vesnik.mk.Ние", "https://vesnik.mk/Vesti.Denes", "www.Vecer.Mk", "рече.тој",
    })
    void stopsThatDoNotEndASentenceStayGlued(String input) {
        assertThat(clean(input)).isEqualTo(input);
    }

    @Test
    void lineBreakInsideSentenceBecomesSpaceButParagraphsStay() {
        String text = "Ким и Путин се\nсретнаа во среда.\nДвајцата дојдоа.\n\nНов пасус.";
        CleanText result = cleaner.clean(text);
        assertThat(result.text()).isEqualTo("Ким и Путин се сретнаа во среда.\nДвајцата дојдоа.\n\nНов пасус.");
        assertThat(result.repairs()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RepairKind.LINE_BREAK);
            assertThat(r.start()).isEqualTo(14);
            assertThat(r.originalText()).isEqualTo("\n");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "лидер на\\nСеверна Кореја | лидер на Северна Кореја",
        "Кореја,\\nКина | Кореја, Кина",
        "Наслов без точка\\nПрвата реченица. | Наслов без точка\\nПрвата реченица.",
        "Крај.\\nПочеток. | Крај.\\nПочеток.",
        "Прва реченица. Втора во салата\\n„Јане Сандански“. | Прва реченица. Втора во салата „Јане Сандански“.",
        "Наслов во салата\\n„Јане Сандански“ е полна. | Наслов во салата\\n„Јане Сандански“ е полна.",
        "ред\\r\\nпродолжува | ред продолжува",
    })
    void lineBreaksJoinOnlyInsideSentences(String input, String expected) {
        assertThat(clean(unescape(input))).isEqualTo(unescape(expected));
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Latin letters inside Cyrillic words
        "Рускaта армија | Руската армија",
        "Kорејa | Кореја",
        "Пoтврдија | Потврдија",
        // a Cyrillic letter inside a Latin word
        "агенцијата КCNA | агенцијата KCNA",
        "агенцијата KСNA | агенцијата KCNA",
        // a lone look-alike between Cyrillic words
        "Ким e лидер | Ким е лидер",
    })
    void strayLettersOfTheOtherScriptAreRepaired(String input, String expected) {
        assertThat(clean(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KCNA и NATO", "новиот iPhone", "BBC News", "Ким a", "Lorem ipsum е текст", "ВМРО-DPMNE"})
    void genuinelyLatinWordsStayLatin(String input) {
        assertThat(clean(input)).isEqualTo(input);
    }

    @Test
    void invisibleCharactersAndOddSpacesAreNormalised() {
        String text = "Пу\u00ADтин\u200B рече\u00A0дека 5\u202F%";
        assertThat(clean(text)).isEqualTo("Путин рече дека 5 %");
    }

    @Test
    void htmlEntitiesAreDecoded() {
        assertThat(clean("&bdquo;Цитат&ldquo; &amp; &#8222;друг&#x201C; &#150; &nbsp;крај &bogus; &#0;"))
                .isEqualTo("„Цитат“ & „друг“ –  крај &bogus; &#0;");
    }

    @Test
    void decomposedLettersAreComposed() {
        // г + combining acute = ѓ; е + combining grave = ѐ
        assertThat(clean("\u0433\u0301уро и с\u0435\u0300")).isEqualTo("ѓуро и сѐ");
    }

    @Test
    void everyRepairIsReportedInBothCoordinateSystems() {
        String original = "&amp;КЦНА.Ким\u00AD и Пу\u200Bтин се\nсретнаа";
        CleanText result = cleaner.clean(original);
        List<Repair> repairs = result.repairs();
        assertThat(repairs).extracting(Repair::kind).containsExactlyInAnyOrder(
                RepairKind.HTML_ENTITY, RepairKind.GLUED_SENTENCE, RepairKind.INVISIBLE_CHARACTER,
                RepairKind.INVISIBLE_CHARACTER, RepairKind.LINE_BREAK);
        for (Repair r : repairs) {
            assertThat(original.substring(r.start(), r.end())).isEqualTo(r.originalText());
            assertThat(result.text().substring(r.cleanStart(), r.cleanEnd())).isEqualTo(r.cleanedText());
        }
        Repair glued = repairs.stream().filter(r -> r.kind() == RepairKind.GLUED_SENTENCE).findFirst().orElseThrow();
        assertThat(glued.start()).isEqualTo(original.indexOf("Ким"));
        assertThat(result.text().substring(glued.cleanStart() - 1, glued.cleanEnd() + 3)).isEqualTo(". Ким");
    }

    @Test
    void repairsThatMoveNoOffsetAreStillReported() {
        // one letter for one letter and a line break for a space: offsets stay, repairs are listed
        CleanText result = cleaner.clean("Рускaта армија се\nврати");
        assertThat(result.text()).isEqualTo("Руската армија се врати");
        assertThat(result.repairs()).extracting(Repair::kind)
                .containsExactly(RepairKind.MIXED_SCRIPT, RepairKind.LINE_BREAK);
        assertThat(result.offsets().toOriginalStart(10)).isEqualTo(10);
    }

    @Test
    void cleanTextIsUnchangedWhenNothingNeedsRepair() {
        String text = "Ким и Путин се сретнаа во среда.";
        CleanText result = cleaner.clean(text);
        assertThat(result.text()).isSameAs(text);
        assertThat(result.repairs()).isEmpty();
    }
}
