package org.vesnik.archive.lucene;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.vesnik.archive.Ingestion;
import org.vesnik.archive.News;
import org.vesnik.core.article.Article;

/**
 * A small corpus for the crash test, the same in every JVM: people named in full and by
 * surname alone (so linking depends on what was committed before), quotations, a second
 * version of one page and a duplicate of another; and the ingest the crash test runs and kills.
 */
final class CrashCorpus {

    static final int BATCH = 3;

    private static final String[] PEOPLE = {"Марко Трајковски", "Ана Петровска", "Зоран Трајковски", "Елена Стојановска"};
    private static final String[] SURNAMES = {"Трајковски", "Петровска", "Стојановска"};
    private static final String[] OUTLETS = {"МИА", "Сител", "Канал"};
    private static final String[] TOPICS = {"патиштата", "болницата", "училиштата", "буџетот", "водоводот"};

    private CrashCorpus() {
    }

    static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String topic = TOPICS[i % TOPICS.length];
            String text = i % 3 == 2
                    ? SURNAMES[i % SURNAMES.length] + " изјави „" + topic + " ќе бидат готови наскоро“.\n\nРаботите чинат "
                            + (i + 2) + " милиони евра."
                    : "Министерот " + PEOPLE[i % PEOPLE.length] + " рече „" + topic + " ќе бидат приоритет“.\n\n"
                            + "Премиерот Христијан Мицкоски изјави дека владата ќе помогне.";
            articles.add(article(i, topic, text));
        }
        // a new version of a page read before, then a page read twice
        articles.add(article(5, "болницата", "Министерката Ана Петровска рече „болницата е отворена“."));
        articles.add(articles.get(7));
        articles.add(article(24, "водоводот", "Петровска изјави „водоводот е поправен“."));
        return articles;
    }

    private static Article article(int i, String topic, String text) {
        return Article.builder("crash/" + i + ".txt", text).url("https://crash.example.mk/vest-" + i)
                .outlet(OUTLETS[i % OUTLETS.length]).title("Вест за " + topic)
                .published(OffsetDateTime.parse("2025-09-01T10:00:00+02:00").plusDays(i % 10)).build();
    }

    /** Ingests the corpus into {@code dir}, committing every {@value #BATCH} articles, as {@code vesnik ingest} would. */
    static void ingest(Path dir) {
        try (LuceneArchiveWriter writer = LuceneArchiveWriter.open(dir, BATCH);
             Ingestion ingestion = new Ingestion(News.ANNOTATOR, writer, 0, result -> { })) {
            articles().forEach(ingestion::submit);
        }
    }

    /** The child JVM the crash test kills: says when it is ready, ingests, says when it is done. */
    public static void main(String[] args) {
        // load the pipeline's data before the parent's clock starts (every text has ќ: no language model is loaded)
        articles().forEach(News.ANNOTATOR::annotate);
        System.out.println("ready");
        System.out.flush();
        ingest(Path.of(args[0]));
        System.out.println("done");
        System.out.flush();
    }
}
