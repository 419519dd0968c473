package org.vesnik.archive.lucene;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of the query paths: whatever a user types, every search answers or
 * refuses it as a bad query in one line, never another exception. Under plain {@code mvn verify}
 * the stored inputs are replayed; run with {@code JAZZER_FUZZ=1} to search for new ones.
 */
class QueryFuzzTest {

    private static final LuceneArchive ARCHIVE = open();

    private static LuceneArchive open() {
        try {
            Path dir = Files.createTempDirectory("vesnik-query-fuzz");
            dir.toFile().deleteOnExit();
            return QueryAnswers.archiveOfTheTestNews(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void anyQueryIsAnsweredOrRefusedInOneLine(FuzzedDataProvider data) {
        QueryAnswers.check(ARCHIVE, data.consumeRemainingAsString());
    }
}
