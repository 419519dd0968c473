package org.vesnik.core.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vesnik.core.resources.ResourceFile;

/** The lexicon files hold lower-case Cyrillic lemmas of the shape their class has. */
class MorphResourcesTest {

    @ParameterizedTest
    @CsvSource({
        "nouns.txt, '[а-шѓѕјљњќџѐѝ]+'",
        "adjectives.txt, '[а-шѓѕјљњќџѐѝ]+'",
        "adverbs.txt, '[а-шѓѕјљњќџѐѝ-]+'",
        // verbs are listed in the 3rd person singular present: -а, -е or -и
        "verbs.txt, '[а-шѓѕјљњќџ]+[аеи]'",
    })
    void lemmasAreLowerCaseCyrillicWords(String file, String shape) {
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (ResourceFile.Row row : ResourceFile.load(Lexicon.class, file).rows()) {
            for (String column : row.columns()) {
                for (String word : column.split(" +")) {
                    count++;
                    if (!word.matches(shape)) {
                        wrong.add(word + " (line " + row.lineNumber() + ")");
                    }
                }
            }
        }
        assertThat(wrong).as(file).isEmpty();
        assertThat(count).as(file).isGreaterThan(100);
    }
}
