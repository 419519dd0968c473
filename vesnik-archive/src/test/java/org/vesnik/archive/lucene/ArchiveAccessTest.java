package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.ArchiveBusyException;
import org.vesnik.archive.EntityRequest;
import org.vesnik.archive.News;
import org.vesnik.archive.NoArchiveException;
import org.vesnik.archive.SearchRequest;

class ArchiveAccessTest {

    @TempDir
    Path dir;

    @Test
    void aReaderSearchesWhileTheWriterHoldsItsLockAndSeesEachCommit() {
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir, 2)) {
            writer.write(News.ANNOTATOR.annotate(News.ROADS));
            writer.commit();
            try (LuceneArchive reader = LuceneArchive.open(dir)) {
                assertThat(reader.articleCount()).isEqualTo(1);
                writer.write(News.ANNOTATOR.annotate(News.MOSCOW));
                // written, not committed: not there yet
                assertThat(reader.search(SearchRequest.of("Путин")).total()).isZero();
                writer.write(News.ANNOTATOR.annotate(News.TENDER)); // the batch of two is full: committed
                assertThat(reader.search(SearchRequest.of("Путин")).total()).isEqualTo(1);
                assertThat(reader.articleCount()).isEqualTo(3);
            }
        }
    }

    @Test
    void aSecondWriterIsTurnedAwayWithAReason() {
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir)) {
            assertThatThrownBy(() -> LuceneArchiveWriter.open(dir))
                    .isInstanceOf(ArchiveBusyException.class).hasMessageContaining("another ingest is writing to the archive at " + dir);
        }
    }

    @Test
    void aMissingOrEmptyArchiveIsNoArchive() throws IOException {
        assertThatThrownBy(() -> LuceneArchive.open(dir.resolve("none")))
                .isInstanceOf(NoArchiveException.class).hasMessageStartingWith("no archive at " + dir.resolve("none"));
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> LuceneArchive.open(dir.resolve("empty"))).isInstanceOf(NoArchiveException.class);
    }

    @Test
    void anArchiveCreatedButEmptyAnswersWithNothing() {
        LuceneArchiveWriter.open(dir).close();
        try (LuceneArchive reader = LuceneArchive.open(dir)) {
            assertThat(reader.articleCount()).isZero();
            assertThat(reader.search(SearchRequest.of("Путин")).hits()).isEmpty();
            assertThat(reader.search(SearchRequest.of("Путин")).facets()).hasSize(8)
                    .allSatisfy((dim, values) -> assertThat(values).isEmpty());
            assertThat(reader.entities(EntityRequest.of("")).entities()).isEmpty();
            assertThat(reader.entities(EntityRequest.of("Путин")).entities()).isEmpty();
        }
    }
}
