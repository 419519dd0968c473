package org.vesnik.lucene.hunspell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.core.morph.Lemmatizer;
import org.vesnik.core.testing.SharedData;

class HunspellLexiconTest {

    /** The test dictionary in ../shared (GPL-3, never bundled); skipped when it is absent. */
    private static HunspellLexicon sharedDictionary() throws IOException {
        return HunspellLexicon.load(SharedData.require("hunspell-mk/mk_MK.aff").getParent());
    }

    @Test
    void acceptsWordsAndRejectsStems() throws IOException {
        HunspellLexicon hunspell = sharedDictionary();
        assertThat(hunspell.isWord("ветер")).isTrue();
        assertThat(hunspell.isWord("ветр")).isFalse();
    }

    @Test
    void guessedLemmasThatAreWordsComeFirst() throws IOException {
        Lemmatizer plain = Lemmatizer.standard();
        Lemmatizer withHunspell = plain.withExtraLexicon(sharedDictionary());
        // a plural vesnik's own lexicon does not list: the rules first guess a masculine колиб
        assertThat(plain.analyze("колибите").get(0).lemma()).isEqualTo("колиб");
        assertThat(withHunspell.analyze("колибите").get(0).lemma()).isEqualTo("колиба");
        // what vesnik's lexicon knows is not overridden
        assertThat(withHunspell.analyze("војниците")).isEqualTo(plain.analyze("војниците"));
    }

    @Test
    void aDirectoryWithoutADictionaryIsAClearError(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> HunspellLexicon.load(dir)).isInstanceOf(IOException.class).hasMessageContaining(".aff");
        Files.writeString(dir.resolve("mk_MK.aff"), "SET UTF-8\n");
        assertThatThrownBy(() -> HunspellLexicon.load(dir)).isInstanceOf(IOException.class).hasMessageContaining(".dic");
    }
}
