package org.vesnik.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of the JSONL and WARC readers: any bytes give only articles and
 * problems. Under plain {@code mvn verify} each test replays its stored inputs; run with
 * {@code JAZZER_FUZZ=1} to search for new ones.
 */
class ReadersFuzzTest {

    private static final ReadOptions OPTIONS = ReadOptions.defaults().withFetchLinkedPages(false)
            .withRecordLimit(64 * 1024);

    private static void readAll(byte[] bytes, String suffix) throws IOException {
        Path file = Files.createTempFile("vesnik-fuzz", suffix);
        try {
            Files.write(file, bytes);
            // Items reads to the end; an exception from a reader fails the target
            Items.of(new SourceReaders(OPTIONS).open(file.toString()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void jsonlGivesOnlyItems(byte[] bytes) throws IOException {
        readAll(bytes, ".jsonl");
    }

    @FuzzTest(maxDuration = "5m")
    void warcGivesOnlyItems(byte[] bytes) throws IOException {
        readAll(bytes, ".warc");
    }
}
