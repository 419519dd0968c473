package org.vesnik.core.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vesnik.core.testing.SharedData;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mk | Владата го усвои буџетот за следната година.",
        "mk | Тој прикажуваше само едно огромно лице.",
        "bg | Правителството одобри проектобюджета за следващата година.",
        "sr | Влада је усвојила предлог буџета за наредну годину.",
        "sr | Vlada Srbije je posle sednice usvojila predlog budžeta za narednu godinu, rekao je ministar.",
        "ru | Правительство одобрило проект бюджета на следующий год.",
        "uk | Уряд схвалив проєкт бюджету на наступний рік.",
        "sq | Qeveria miratoi buxhetin për vitin e ardhshëm.",
        "tr | Hükümet gelecek yılın bütçesini onayladı.",
        "en | The government approved next year's budget on Wednesday.",
        "el | Η κυβέρνηση ενέκρινε τον προϋπολογισμό του επόμενου έτους.",
        "hr | Vlada je u četvrtak usvojila proračun za iduću godinu, izvijestio je Hina.",
    })
    void tellsTheLanguagesApart(String code, String text) {
        assertThat(IDENTIFIER.identify(text).code()).isEqualTo(code);
    }

    @Test
    void macedonianLettersDecideAlone() {
        LanguageGuess guess = IDENTIFIER.identify("Ким изјави дека ќе ја поддржи Русија.");
        assertThat(guess).isEqualTo(new LanguageGuess("mk", "Cyrl", 1.0));
        // a Latin agency name inside Cyrillic text does not count against Macedonian
        assertThat(IDENTIFIER.identify("Според KCNA, Ким ќе патува.").code()).isEqualTo("mk");
    }

    @Test
    void textWithoutLettersIsUndetermined() {
        assertThat(IDENTIFIER.identify("12.05.2025, 3 %").code()).isEqualTo("und");
        assertThat(IDENTIFIER.identify("").confidence()).isZero();
    }

    @Test
    void aTextMixingAlphabetsIsNotCertain() {
        LanguageGuess guess = IDENTIFIER.identify("Ќе дојде. Щастие и ъгъл. Ћерка и ђак. Їжак і є. Ыы эх.");
        assertThat(guess.confidence()).isLessThan(0.99);
    }

    @Test
    void teamWrittenBulgarianAndSerbianNewsAreRecognised() throws IOException {
        assertThat(share(lines("bulgarian-news.txt"), "bg")).isGreaterThanOrEqualTo(0.97);
        assertThat(share(lines("serbian-news.txt"), "sr")).isGreaterThanOrEqualTo(0.93);
    }

    /** The issue's bar: at least 99 % of the Macedonian dev sentences are identified as Macedonian. */
    @Test
    void devSentencesAreMacedonian() throws IOException {
        List<String> sentences = Files.readAllLines(SharedData.require("mte1984-dev.mk.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isBlank()).toList();
        double share = share(sentences, "mk");
        System.out.printf("language identification: %.2f %% of %d Macedonian dev sentences as mk%n",
                100 * share, sentences.size());
        assertThat(share).as("99.42 % reported").isGreaterThanOrEqualTo(0.993);
    }

    private static double share(List<String> texts, String code) {
        return texts.stream().filter(text -> IDENTIFIER.identify(text).code().equals(code)).count() / (double) texts.size();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = LanguageIdentifierTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
