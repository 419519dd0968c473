package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.EntityPage;
import org.vesnik.archive.EntityRequest;
import org.vesnik.archive.News;
import org.vesnik.archive.RegisteredEntity;
import org.vesnik.archive.StoredArticle;
import org.vesnik.core.article.Article;
import org.vesnik.core.ner.EntityType;

class ArchiveRegistryTest {

    @TempDir
    Path dir;

    private static final Article ZORAN = News.article("https://vesti.example.mk/zoran", "МИА", "2025-09-04T10:00:00+02:00",
            "Нов директор", "Директорот Зоран Трајковски изјави дека болницата ќе добие нова опрема.");

    private static final Article LATIN_KIM = News.article("https://vesti.example.mk/kim", "МИА", "2025-09-08T10:00:00+02:00",
            "Средба во Пекинг", "Севернокорејскиот лидер Kim Jong Un пристигна во Пекинг со воз.");

    private List<String> mentioned(String id) {
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            StoredArticle article = archive.article(id).orElseThrow();
            return article.facts().mentionedIds();
        }
    }

    @Test
    void aLoneSurnameLinksToTheOnePersonTheArchiveKnows() {
        Archives.ingest(dir, News.ROADS, News.TENDER);
        assertThat(mentioned("https://vesti.example.mk/tender")).containsExactly("per:марко-трајковски");
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            RegisteredEntity marko = archive.entities(EntityRequest.of("Трајковски")).entities().get(0);
            assertThat(marko.id()).isEqualTo("per:марко-трајковски");
            assertThat(marko.articles()).isEqualTo(2);
            assertThat(marko.aliases()).containsExactly("Марко Трајковски", "Трајковски");
            assertThat(marko.firstSeen()).contains(LocalDate.parse("2025-09-03"));
            assertThat(marko.lastSeen()).contains(LocalDate.parse("2025-09-05"));
        }
    }

    @Test
    void aLoneSurnameStaysAloneWhenTheArchiveKnowsTwoPeopleOfThatName() {
        Archives.ingest(dir, News.ROADS, ZORAN, News.TENDER);
        assertThat(mentioned("https://vesti.example.mk/zoran")).containsExactly("per:зоран-трајковски");
        assertThat(mentioned("https://vesti.example.mk/tender")).containsExactly("per:трајковски");
    }

    @Test
    void theLinkIsMadeWithWhatTheArchiveKnowsWhenTheSurnameArrives() {
        // the surname came first: nobody of that name was known, and a later full name does not rewrite it
        Archives.ingest(dir, News.TENDER, News.ROADS);
        assertThat(mentioned("https://vesti.example.mk/tender")).containsExactly("per:трајковски");
    }

    @Test
    void aLinkAcrossBatchesIsTheSameAsInOne() {
        Archives.ingest(dir, News.ROADS);
        Archives.ingest(dir, News.TENDER);
        assertThat(mentioned("https://vesti.example.mk/tender")).containsExactly("per:марко-трајковски");
    }

    @Test
    void aNameInLatinLettersIsTheSameEntityAsInCyrillic() {
        Archives.ingest(dir, News.MOSCOW, LATIN_KIM);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.article("https://vesti.example.mk/kim").orElseThrow().facts().mentionedIds()).contains("per:kim-jong-un");
            RegisteredEntity kim = archive.entities(EntityRequest.of("Kim Jong Un")).entities().get(0);
            assertThat(kim.id()).isEqualTo("per:kim-jong-un");
            assertThat(kim.name()).isEqualTo("Ким Џонг Ун");
            assertThat(kim.nameLatin()).isEqualTo("Kim Jong Un");
            assertThat(kim.articles()).isEqualTo(2);
            assertThat(kim.aliases()).contains("Ким Џонг Ун", "Kim Jong Un");
            assertThat(archive.entities(EntityRequest.of("Ким")).entities()).extracting(RegisteredEntity::id).contains("per:kim-jong-un");
        }
    }

    @Test
    void entitiesAreListedByTheArticlesThatNameThem() {
        Archives.ingest(dir, News.ALL);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            EntityPage all = archive.entities(EntityRequest.of(""));
            long most = all.entities().get(0).articles();
            assertThat(all.entities()).filteredOn(e -> e.articles() == most).extracting(RegisteredEntity::id)
                    .contains("per:марко-трајковски");
            assertThat(all.entities()).extracting(RegisteredEntity::articles).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            assertThat(all.total()).isEqualTo(all.entities().size());
            EntityPage places = archive.entities(EntityRequest.of("").withType(EntityType.LOC));
            assertThat(places.entities()).isNotEmpty().allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.LOC));
            assertThat(places.entities()).extracting(RegisteredEntity::id).contains("loc:skopje", "loc:moscow");
            EntityPage firstTwo = archive.entities(EntityRequest.of("").withPage(1, 2));
            EntityPage nextTwo = archive.entities(EntityRequest.of("").withPage(2, 2));
            assertThat(firstTwo.entities()).hasSize(2);
            assertThat(nextTwo.entities()).hasSize(2).doesNotContainAnyElementsOf(firstTwo.entities());
            assertThat(archive.entities(EntityRequest.of("Putin")).entities()).extracting(RegisteredEntity::id).containsExactly("per:putin");
            assertThat(archive.entities(EntityRequest.of("per:putin")).entities()).extracting(RegisteredEntity::id).containsExactly("per:putin");
            assertThat(archive.entities(EntityRequest.of("Путин").withType(EntityType.ORG)).entities()).isEmpty();
        }
    }

    @Test
    void anEntityNoLongerNamedKeepsItsEntryWithNoArticles() {
        Archives.ingest(dir, News.ROADS);
        Article rewritten = News.ROADS.toBuilder().build();
        Archives.ingest(dir, Article.builder(rewritten.source(), "Планот за патишта е одложен.")
                .url(rewritten.url().orElseThrow()).outlet("МИА").published(rewritten.published().orElseThrow()).build());
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertThat(archive.entities(EntityRequest.of("")).entities()).extracting(RegisteredEntity::id)
                    .doesNotContain("per:mickoski", "per:марко-трајковски");
            assertThat(archive.entities(EntityRequest.of("Мицкоски")).entities()).singleElement()
                    .satisfies(e -> assertThat(e.articles()).isZero());
        }
    }
}
