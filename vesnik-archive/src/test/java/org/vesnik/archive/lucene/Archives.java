package org.vesnik.archive.lucene;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vesnik.archive.AnnotatedArticle;
import org.vesnik.archive.IngestOutcome;
import org.vesnik.archive.News;
import org.vesnik.core.article.Article;

/** Ingests test articles into an archive directory, as the ingest command does, one commit at the end. */
final class Archives {

    private Archives() {
    }

    static List<IngestOutcome> ingest(Path dir, List<Article> articles) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir)) {
            for (Article article : articles) {
                AnnotatedArticle annotated = News.ANNOTATOR.annotate(article);
                outcomes.add(annotated.macedonian() ? writer.write(annotated) : IngestOutcome.OTHER_LANGUAGE);
            }
        }
        return outcomes;
    }

    static List<IngestOutcome> ingest(Path dir, Article... articles) {
        return ingest(dir, List.of(articles));
    }
}
