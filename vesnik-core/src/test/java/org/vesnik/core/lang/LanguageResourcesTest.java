package org.vesnik.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.resources.ResourceFile;

/** Every language-data file parses, has no duplicates and does not mix scripts in an entry. */
class LanguageResourcesTest {

    @ParameterizedTest
    @CsvSource({
        "org.vesnik.core.lang.Abbreviations, abbreviations.tsv",
        "org.vesnik.core.lang.Abbreviations, non-final-words.txt",
        "org.vesnik.core.lang.Abbreviations, top-level-domains.txt",
        "org.vesnik.core.clean.Cleaner, homoglyphs.tsv",
        "org.vesnik.core.clean.Cleaner, html-entities.tsv",
    })
    void entriesAreUniqueAndOfOneScript(String anchor, String file) throws ClassNotFoundException {
        ResourceFile data = ResourceFile.load(Class.forName(anchor), file);
        assertThat(data.rows()).isNotEmpty();
        Set<String> seen = new HashSet<>();
        for (ResourceFile.Row row : data.rows()) {
            String entry = row.first();
            assertThat(seen.add(entry)).as("%s:%d duplicate %s", file, row.lineNumber(), entry).isTrue();
            if (!file.equals("homoglyphs.tsv")) {
                assertThat(scripts(entry)).as("%s:%d scripts of %s", file, row.lineNumber(), entry).hasSizeLessThanOrEqualTo(1);
            }
        }
    }

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

    private static Set<Character.UnicodeScript> scripts(String s) {
        Set<Character.UnicodeScript> scripts = new HashSet<>();
        s.codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(Character.UnicodeScript.of(cp)));
        return scripts;
    }
}
