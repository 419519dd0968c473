package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.ArticleHit;
import org.vesnik.archive.BadQueryException;
import org.vesnik.archive.FacetCount;
import org.vesnik.archive.News;
import org.vesnik.archive.SearchRequest;
import org.vesnik.archive.SearchResult;
import org.vesnik.archive.SortOrder;

class ArchiveSearchTest {

    @TempDir
    static Path dir;

    private static LuceneArchive archive;

    @BeforeAll
    static void ingest() {
        Archives.ingest(dir, News.ALL);
        archive = LuceneArchive.open(dir);
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<String> ids(String query) {
        return ids(archive.search(SearchRequest.of(query)));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(ArticleHit::id).toList();
    }

    @Test
    void aNameFindsTheSameArticlesInEitherScriptAndAnyCase() {
        List<String> cyrillic = ids("Путин");
        assertThat(cyrillic).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids("Putin")).isEqualTo(cyrillic);
        assertThat(ids("putin")).isEqualTo(cyrillic);
        assertThat(ids("ПУТИН")).isEqualTo(cyrillic);
    }

    @Test
    void aWordFindsItsInflectedForms() {
        assertThat(ids("војник")).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids("план")).contains("https://vesti.example.mk/patishta", "https://kanal.example.mk/avtopat");
    }

    @Test
    void onlyMacedonianArticlesAreInTheArchive() {
        assertThat(archive.articleCount()).isEqualTo(5);
        assertThat(ids("бюджета")).isEmpty();
    }

    @Test
    void freeWordsMustAllMatch() {
        assertThat(ids("Путин Москва")).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids("Путин Вардар")).isEmpty();
        assertThat(ids("Путин OR Вардар")).hasSize(2);
    }

    @Test
    void aPhraseMatchesItsWordsInOrder() {
        assertThat(ids("\"нови патишта\"")).contains("https://vesti.example.mk/patishta", "https://kanal.example.mk/avtopat");
        assertThat(ids("\"патишта нови\"")).isEmpty();
    }

    @Test
    void fieldsOfTheQuerySyntaxSearchTheirField() {
        assertThat(ids("title:Москва")).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids("title:војници")).isEmpty();
        assertThat(ids("source:МИА")).containsExactlyInAnyOrder("https://vesti.example.mk/patishta", "https://vesti.example.mk/tender");
        assertThat(ids("source:mia")).isEqualTo(ids("source:МИА"));
        assertThat(ids("entity:putin")).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids("entity:Путин")).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids("per:kim-jong-un")).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids("speaker:Мицкоски")).containsExactly("https://vesti.example.mk/patishta");
        assertThat(ids("патишта -source:Канал")).containsExactly("https://vesti.example.mk/patishta");
    }

    @Test
    void theTitleWeighsMoreThanTheBody(@TempDir Path other) {
        Archives.ingest(other,
                News.article("https://vesti.example.mk/telo", "МИА", "2025-09-01T10:00:00+02:00", "Летна сезона",
                        "Туристите пристигнуваат во Охрид со автобуси и возови."),
                News.article("https://vesti.example.mk/naslov", "МИА", "2025-09-01T10:00:00+02:00", "Охрид",
                        "Туристите пристигнуваат во градот со автобуси и возови."));
        try (LuceneArchive titles = LuceneArchive.open(other)) {
            assertThat(ids(titles.search(SearchRequest.of("Охрид"))))
                    .containsExactly("https://vesti.example.mk/naslov", "https://vesti.example.mk/telo");
        }
    }

    @Test
    void filtersNarrowTheHits() {
        SearchRequest all = SearchRequest.of("");
        assertThat(archive.search(all).total()).isEqualTo(5);
        assertThat(ids(archive.search(all.withOutlet("Сител")))).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids(archive.search(all.withOutlet("sitel")))).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids(archive.search(all.withEntity("Трајковски")))).hasSize(2);
        assertThat(ids(archive.search(all.withEntity("mickoski")))).containsExactly("https://vesti.example.mk/patishta");
        assertThat(ids(archive.search(all.withSpeaker("Путин")))).containsExactly("https://sitel.example.mk/moskva");
        assertThat(ids(archive.search(all.withEntity("никој-таков")))).isEmpty();
    }

    @Test
    void dateFiltersIncludeBothDays() {
        SearchRequest all = SearchRequest.of("").withSort(SortOrder.date);
        assertThat(ids(archive.search(all.withFrom(LocalDate.parse("2025-09-04")).withTo(LocalDate.parse("2025-09-05")))))
                .containsExactly("https://vesti.example.mk/tender", "https://sitel.example.mk/moskva");
        assertThat(ids(archive.search(all.withFrom(LocalDate.parse("2025-09-06")))))
                .containsExactly("https://kanal.example.mk/avtopat", "https://sport.example.mk/vardar");
        assertThat(ids(archive.search(all.withTo(LocalDate.parse("2025-09-03"))))).containsExactly("https://vesti.example.mk/patishta");
        assertThat(archive.search(all.withFrom(LocalDate.parse("2025-09-05")).withTo(LocalDate.parse("2025-09-04"))).total()).isZero();
    }

    @Test
    void sortingByDatePutsTheNewestFirst() {
        assertThat(ids(archive.search(SearchRequest.of("").withSort(SortOrder.date)))).containsExactly(
                "https://kanal.example.mk/avtopat", "https://sport.example.mk/vardar", "https://vesti.example.mk/tender",
                "https://sitel.example.mk/moskva", "https://vesti.example.mk/patishta");
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlap() {
        SearchRequest all = SearchRequest.of("").withSort(SortOrder.date);
        SearchResult first = archive.search(all.withPage(1, 2));
        SearchResult second = archive.search(all.withPage(2, 2));
        SearchResult third = archive.search(all.withPage(3, 2));
        SearchResult beyond = archive.search(all.withPage(4, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(second.total()).isEqualTo(5);
        assertThat(ids(first)).hasSize(2);
        assertThat(ids(second)).hasSize(2).doesNotContainAnyElementsOf(ids(first));
        assertThat(ids(third)).hasSize(1);
        assertThat(beyond.hits()).isEmpty();
        List<String> all5 = new java.util.ArrayList<>(ids(first));
        all5.addAll(ids(second));
        all5.addAll(ids(third));
        assertThat(all5).isEqualTo(ids(archive.search(all)));
    }

    @Test
    void facetsCountTheCurrentQuery() {
        Map<String, Long> everyOutlet = counts(archive.search(SearchRequest.of("")), "outlet");
        assertThat(everyOutlet).containsEntry("МИА", 2L).containsEntry("Сител", 1L).containsEntry("Спорт", 1L)
                .containsEntry("Канал", 1L);
        SearchResult roads = archive.search(SearchRequest.of("патишта"));
        assertThat(counts(roads, "outlet")).containsOnlyKeys("МИА", "Канал");
        assertThat(counts(roads, "language")).containsExactly(Map.entry("mk", roads.total()));
        SearchResult moscow = archive.search(SearchRequest.of("Путин"));
        assertThat(counts(moscow, "per")).containsEntry("per:putin", 1L).containsEntry("per:kim-jong-un", 1L).doesNotContainKey("per:mickoski");
        assertThat(counts(moscow, "loc")).containsKey("loc:moscow");
        assertThat(counts(moscow, "speaker")).containsEntry("per:putin", 1L);
        assertThat(counts(moscow, "day")).containsExactly(Map.entry("2025-09-04", 1L));
        assertThat(moscow.facets().get("per")).filteredOn(f -> f.value().equals("per:putin")).extracting(FacetCount::label)
                .containsExactly("Владимир Путин");
        assertThat(moscow.facets().keySet()).containsExactly("outlet", "per", "org", "loc", "misc", "speaker", "language", "day");
    }

    private static Map<String, Long> counts(SearchResult result, String dim) {
        return result.facets().get(dim).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void aMalformedQueryIsOneLineNamingTheQuery() {
        for (String bad : List.of("title:(Путин", "Путин AND", "*утин", "\"Путин", "title:")) {
            assertThatThrownBy(() -> archive.search(SearchRequest.of(bad)))
                    .isInstanceOf(BadQueryException.class)
                    .hasMessageStartingWith("bad query '" + bad + "': ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void moreLikeThisFindsTheArticleOnTheSameSubjectFirst() {
        List<ArticleHit> similar = archive.similar("https://vesti.example.mk/patishta", 3);
        assertThat(similar).isNotEmpty();
        assertThat(similar.get(0).id()).isEqualTo("https://kanal.example.mk/avtopat");
        assertThat(similar).extracting(ArticleHit::id).doesNotContain("https://vesti.example.mk/patishta");
        assertThat(archive.similar("https://vesti.example.mk/nema", 3)).isEmpty();
    }

    @Test
    void aHitShowsTitleOutletDateAndASnippet() {
        ArticleHit hit = archive.search(SearchRequest.of("војник")).hits().get(0);
        assertThat(hit.title()).contains("Путин и Ким се сретнаа во Москва");
        assertThat(hit.outlet()).contains("Сител");
        assertThat(hit.published()).isEqualTo(News.MOSCOW.published());
        assertThat(hit.url()).contains("https://sitel.example.mk/moskva");
        assertThat(hit.snippet().text()).contains("војници");
        assertThat(hit.snippet().highlights()).isNotEmpty().allSatisfy(h ->
                assertThat(News.MOSCOW.text().substring(h.start(), h.end())).startsWith("војни"));
    }
}
