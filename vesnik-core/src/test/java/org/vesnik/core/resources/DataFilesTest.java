package org.vesnik.core.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vesnik.core.claims.ClaimFinder;
import org.vesnik.core.langid.LanguageIdentifier;
import org.vesnik.core.ner.EntityRecognizer;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.quotes.QuotationFinder;
import org.vesnik.core.time.DateTagger;
import org.vesnik.core.translit.Cyrillizer;
import org.vesnik.core.translit.RomanizationSystem;
import org.vesnik.core.translit.Romanizer;

/**
 * Every data file of vesnik-core, in one test: it opens with a comment saying what it holds,
 * holds no entry twice, mixes no scripts within a word, and is read by its loader, which refuses
 * an entry that does not parse.
 */
class DataFilesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    /**
     * Files in which one word may have several rows, and how many leading columns tell two
     * entries apart (0: the whole row): a word with several roles or readings, an ending of
     * several kinds, a rule with several examples, a language with a list in each script.
     */
    private static final Map<String, Integer> KEY_COLUMNS = Map.ofEntries(
            Map.entry("function-words.tsv", 2), Map.entry("neuter-endings.tsv", 2), Map.entry("copula-after-pronoun.tsv", 2),
            Map.entry("rule-examples.tsv", 2), Map.entry("demonym-endings.tsv", 2), Map.entry("alphabets.tsv", 0),
            Map.entry("marker-words.tsv", 0), Map.entry("closed-class.tsv", 0), Map.entry("suffix-rules.tsv", 0));

    static Stream<String> dataFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".txt"))
                    .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    private static ResourceFile parse(String name) throws IOException {
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            return ResourceFile.parse(name, in); // refuses a file without its header comment
        }
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void aDataFileSaysWhatItHoldsAndHoldsEachEntryOnce(String name) throws IOException {
        ResourceFile file = parse(name);
        assertThat(file.rows()).as(name).isNotEmpty();
        int key = KEY_COLUMNS.getOrDefault(name.substring(name.lastIndexOf('/') + 1), 1);
        Set<List<String>> seen = new HashSet<>();
        for (ResourceFile.Row row : file.rows()) {
            List<String> entry = key == 0 ? row.columns() : row.columns().subList(0, Math.min(key, row.columns().size()));
            assertThat(seen.add(entry)).as("%s:%d: %s again", name, row.lineNumber(), entry).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void noWordOfADataFileMixesScripts(String name) throws IOException {
        for (ResourceFile.Row row : parse(name).rows()) {
            for (String column : row.columns()) {
                for (String word : column.split("[\\s|,]+")) {
                    assertThat(scripts(word)).as("%s:%d: the scripts of %s", name, row.lineNumber(), word).hasSizeLessThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void everyDataFileIsReadByItsLoader() throws IOException {
        // the stages load their data when made; the ones below load theirs on first use
        Pipeline.builder().articleDate(LocalDate.of(2025, 9, 4)).build()
                .process("Претседателот Путин изјави дека „околу 2.000 војници“ заминаа во среда, 3 септември 2025.");
        new LanguageIdentifier().identify("Правителството одобри проектобюджета за следващата година.");
        for (RomanizationSystem system : RomanizationSystem.values()) {
            Romanizer.of(system).romanize("Љубљана");
        }
        Cyrillizer.bestEffort().cyrillize("Ljubljana");
        List<Object> stagesWithRules = List.of(new EntityRecognizer().rules(), new QuotationFinder().rules(),
                new ClaimFinder().rules(), new DateTagger(null).rules());
        assertThat(stagesWithRules).isNotEmpty();
        List<String> unread = new ArrayList<>(dataFiles().toList());
        unread.removeAll(ResourceFile.readSoFar());
        assertThat(unread).as("data files no loader reads").isEmpty();
    }

    /**
     * The scripts of a word's letters. A Latin è in a Cyrillic word stands for ѐ, as keyboards
     * without ѐ write сè and нè: it counts as the word's own script.
     */
    private static Set<Character.UnicodeScript> scripts(String word) {
        boolean cyrillic = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        Set<Character.UnicodeScript> scripts = new HashSet<>();
        word.codePoints().filter(Character::isLetter).filter(c -> !(cyrillic && c == 'è'))
                .forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
        return scripts;
    }
}
