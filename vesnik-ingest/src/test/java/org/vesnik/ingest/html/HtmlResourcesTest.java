package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vesnik.core.resources.ResourceFile;

/** Every language and template data file of the package parses, has no duplicates and keeps to one script. */
class HtmlResourcesTest {

    private static final List<String> CLASS_WORD_FILES = List.of("boilerplate-class-words.txt", "lead-class-words.txt",
            "date-class-words.txt", "author-class-words.txt", "title-class-words.txt");

    @ParameterizedTest
    @ValueSource(strings = {"boilerplate-class-words.txt", "lead-class-words.txt", "date-class-words.txt",
        "author-class-words.txt", "title-class-words.txt", "content-class-names.txt", "boilerplate-lines.txt",
        "end-of-article-lines.txt", "byline-prefixes.txt", "relative-time.tsv", "class-modifier-words.txt"})
    void entriesAreUniqueLowerCaseAndOfOneScript(String file) {
        ResourceFile data = ResourceFile.load(PageVocabulary.class, file);
        assertThat(data.rows()).as(file).isNotEmpty();
        Set<String> seen = new HashSet<>();
        for (ResourceFile.Row row : data.rows()) {
            String entry = row.first();
            String where = file + ":" + row.lineNumber() + " " + entry;
            assertThat(seen.add(entry)).as("duplicate " + where).isTrue();
            assertThat(entry).as(where).isEqualTo(entry.toLowerCase(java.util.Locale.ROOT)).isEqualTo(entry.strip());
            assertThat(scripts(entry)).as("scripts of " + where).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void noClassWordIsCoveredByAnotherWordsPrefix() {
        for (String file : CLASS_WORD_FILES) {
            List<String> words = ResourceFile.load(PageVocabulary.class, file).rows().stream().map(ResourceFile.Row::first).toList();
            for (String word : words) {
                for (String other : words) {
                    if (other.endsWith("*") && !other.equals(word)) {
                        String stem = other.substring(0, other.length() - 1);
                        assertThat(word.replace("*", "").startsWith(stem)).as("%s: %s is covered by %s", file, word, other).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void contentNamesHaveNoSeparatorsSinceClassNamesLoseThem() {
        for (ResourceFile.Row row : ResourceFile.load(PageVocabulary.class, "content-class-names.txt").rows()) {
            assertThat(row.first()).matches("[a-z]+");
        }
    }

    @Test
    void linesAreStoredAsTheyAreCompared() {
        for (String file : List.of("boilerplate-lines.txt", "end-of-article-lines.txt")) {
            for (ResourceFile.Row row : ResourceFile.load(PageVocabulary.class, file).rows()) {
                assertThat(PageVocabulary.normalizedLine(row.first())).as(file + ":" + row.lineNumber()).isEqualTo(row.first());
            }
        }
    }

    @Test
    void loadersAcceptTheirFiles() {
        PageVocabulary vocabulary = PageVocabulary.standard();
        assertThat(vocabulary.isInterfaceLine("Сподели")).isTrue();
        assertThat(vocabulary.opensAfterArticle("Слични новости:")).isTrue();
        assertThat(vocabulary.withoutBylinePrefix("Автор: Ана Петрова")).isEqualTo("Ана Петрова");
        assertThat(new DateReader(java.time.ZoneId.of("Europe/Skopje"))).isNotNull();
    }

    private static Set<Character.UnicodeScript> scripts(String s) {
        Set<Character.UnicodeScript> scripts = new HashSet<>();
        s.codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(Character.UnicodeScript.of(cp)));
        return scripts;
    }
}
