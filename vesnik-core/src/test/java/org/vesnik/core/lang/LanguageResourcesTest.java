package org.vesnik.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vesnik.core.clean.Cleaner;

/** The language data of this package as the segmentation stages read it (every file is checked by DataFilesTest). */
class LanguageResourcesTest {

    @Test
    void loadersAcceptTheirFiles() {
        assertThat(Abbreviations.macedonian().size()).isGreaterThan(50);
        assertThat(MacedonianWords.nonFinal().contains("на")).isTrue();
        assertThat(MacedonianWords.topLevelDomains().contains("MK")).isTrue();
        assertThat(Cleaner.standard()).isNotNull();
    }

    @Test
    void abbreviationsKnowWhereTheyStand() {
        Abbreviations a = Abbreviations.macedonian();
        assertThat(a.lookup("итн.", 0, 4)).contains(Abbreviations.Position.ANY);
        assertThat(a.lookup("Проф.", 0, 5)).contains(Abbreviations.Position.BEFORE_NAME);
        assertThat(a.matchDotted("и.т.н. и", 0)).isEqualTo(6);
        assertThat(a.matchDotted("т.ест", 0)).isEqualTo(-1);
    }

    @Test
    void everyAbbreviationIsFoundInEveryCaseAndNoOtherWordIs() throws java.io.IOException {
        Abbreviations a = Abbreviations.macedonian();
        List<String> forms = new java.util.ArrayList<>();
        try (var in = Abbreviations.class.getResourceAsStream("abbreviations.tsv")) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> forms.add(line.split("\t")[0]));
        }
        for (String form : forms) {
            String title = Character.toUpperCase(form.charAt(0)) + form.substring(1);
            for (String written : List.of(form, form.toUpperCase(java.util.Locale.ROOT), title)) {
                assertThat(a.lookup(" " + written, 1, written.length() + 1)).as(written).isPresent();
            }
        }
        // one letter changed (Ѓ, Ќ, Џ and Latin look-alikes included) is no longer one
        for (String form : forms) {
            for (char other : "аеоѓќџaeoЃ".toCharArray()) {
                String changed = other + form.substring(1);
                if (!forms.contains(changed.toLowerCase(java.util.Locale.ROOT))) {
                    assertThat(a.lookup(changed, 0, changed.length())).as(changed).isEmpty();
                }
            }
        }
    }
}
