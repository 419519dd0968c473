package org.vesnik.core.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmatizerTest {

    private final Lemmatizer lemmatizer = Lemmatizer.standard();

    /** The examples and the grammar they stand for, out of context. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // nouns: definite article, plural with palatalisation, fleeting vowel
        "руската | руски | ADJ",
        "војници | војник | NOUN",
        "војниците | војник | NOUN",
        "ветрот | ветер | NOUN",
        "нивото | ниво | NOUN",
        "жените | жена | NOUN",
        "градови | град | NOUN",
        "луѓето | човек | NOUN",
        "децата | дете | NOUN",
        // adjectives back to the masculine, with the fleeting vowel
        "светла | светол | ADJ",
        "остриот | остар | ADJ",
        "ладна | ладен | ADJ",
        "најголемиот | голем | ADJ",
        "по-големи | голем | ADJ",
        "македонската | македонски | ADJ",
        // verbs to the 3rd person singular present
        "разменија | размени | VERB",
        "мавташе | мавта | VERB",
        "живеат | живее | VERB",
        "знаеше | знае | VERB",
        "рекол | рече | VERB",
        "дојдоа | дојде | VERB",
        // pronouns, clitics and auxiliaries to their base
        "го | тој | PRON",
        "ја | таа | PRON",
        "ги | тие | PRON",
        "беше | сум | AUX",
        "биле | сум | AUX",
        "немаше | нема | AUX",
        // forms that are their own lemma
        "движење | движење | NOUN",
        "гледајќи | гледајќи | ADV",
        "полицијата | полиција | NOUN",
    })
    void findsTheLemmaAndPartOfSpeech(String form, String lemma, String upos) {
        Analysis first = lemmatizer.analyze(form).get(0);
        assertThat(first.lemma()).as(form).isEqualTo(lemma);
        assertThat(first.upos()).as(form).isEqualTo(Upos.valueOf(upos));
    }

    @ParameterizedTest
    @CsvSource({"се, себе", "изјави, изјави", "носи, носи"})
    void keepsTheOtherReadingsForContext(String form, String otherLemma) {
        assertThat(lemmatizer.analyze(form)).extracting(Analysis::lemma).contains(otherLemma);
    }
}
