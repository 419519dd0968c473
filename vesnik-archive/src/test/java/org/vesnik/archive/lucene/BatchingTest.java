package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.AnnotatedArticle;
import org.vesnik.archive.IngestOutcome;
import org.vesnik.archive.News;

/**
 * Seeded random sequences of articles (people by full name and surname alone, second versions,
 * repeats): committed in batches of any size they give the archive one batch gives, and
 * ingesting a sequence again changes nothing.
 */
class BatchingTest {

    @TempDir
    Path dir;

    @Test
    void batchBoundariesChangeNothingAndAnIngestRepeatedChangesNothing() throws IOException {
        List<AnnotatedArticle> corpus = CrashCorpus.articles().stream().map(News.ANNOTATOR::annotate).toList();
        Random random = new Random(20250905);
        for (int run = 0; run < 12; run++) {
            List<AnnotatedArticle> sequence = new ArrayList<>();
            int n = 5 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                sequence.add(corpus.get(random.nextInt(corpus.size())));
            }
            Path whole = dir.resolve(run + "-whole");
            Path batched = dir.resolve(run + "-batched");
            write(whole, sequence, 1000);
            write(batched, sequence, 1 + random.nextInt(4));
            assertThat(IndexContent.of(batched)).as("run %d", run).isEqualTo(IndexContent.of(whole));
            assertThat(write(batched, sequence, 1 + random.nextInt(4))).containsOnly(IngestOutcome.UNCHANGED);
            assertThat(IndexContent.of(batched)).isEqualTo(IndexContent.of(whole));
        }
    }

    private static List<IngestOutcome> write(Path archive, List<AnnotatedArticle> sequence, int batch) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(archive, batch)) {
            for (AnnotatedArticle article : sequence) {
                outcomes.add(writer.write(article));
            }
        }
        return outcomes;
    }
}
