package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.BadQueryException;
import org.vesnik.archive.News;
import org.vesnik.archive.QuoteHit;
import org.vesnik.archive.QuoteRequest;

class ArchiveQuotesTest {

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

    private static List<String> words(QuoteRequest request) {
        return archive.quotes(request).quotes().stream().map(q -> q.quote().words().text()).toList();
    }

    @Test
    void whatAPersonSaidIsOneQueryBySpeaker() {
        assertThat(words(QuoteRequest.of("").withSpeaker("Трајковски")))
                .containsExactly("тендерот ќе биде објавен до крајот на месецот", "ова е голем ден за Скопје");
        assertThat(words(QuoteRequest.of("").withSpeaker("per:марко-трајковски")))
                .isEqualTo(words(QuoteRequest.of("").withSpeaker("Trajkovski")));
    }

    @Test
    void whatAPersonSaidAboutSomethingIsWordsAndASpeaker() {
        assertThat(words(QuoteRequest.of("Скопје").withSpeaker("Трајковски"))).containsExactly("ова е голем ден за Скопје");
        assertThat(words(QuoteRequest.of("entity:skopje").withSpeaker("Трајковски"))).containsExactly("ова е голем ден за Скопје");
        assertThat(words(QuoteRequest.of("Скопје").withSpeaker("Путин"))).isEmpty();
    }

    @Test
    void aQuotationCarriesItsArticleSpeakerAndCue() {
        QuoteHit hit = archive.quotes(QuoteRequest.of("специјална")).quotes().get(0);
        assertThat(hit.article()).isEqualTo("https://sitel.example.mk/moskva");
        assertThat(hit.title()).contains("Путин и Ким се сретнаа во Москва");
        assertThat(hit.outlet()).contains("Сител");
        assertThat(hit.published()).isEqualTo(News.MOSCOW.published());
        assertThat(hit.quote().speakerId()).contains("per:putin");
        assertThat(hit.quote().cue().map(s -> s.text())).contains("изјави");
        assertThat(News.MOSCOW.text().substring(hit.quote().words().start(), hit.quote().words().end()))
                .isEqualTo(hit.quote().words().text());
    }

    @Test
    void aSpeakerNamedOnlyByWordsIsFoundByThem() {
        assertThat(words(QuoteRequest.of("").withSpeaker("тренерот"))).containsExactly("момците играа одлично");
        assertThat(words(QuoteRequest.of("").withSpeaker("никој"))).isEmpty();
    }

    @Test
    void withoutWordsTheNewestComeFirstAndDatesFilter() {
        List<QuoteHit> all = archive.quotes(QuoteRequest.of("").withPage(1, 100)).quotes();
        assertThat(all).extracting(q -> q.published().orElseThrow())
                .isSortedAccordingTo((a, b) -> b.toInstant().compareTo(a.toInstant()));
        assertThat(archive.quotes(QuoteRequest.of("").withFrom(LocalDate.parse("2025-09-06"))).quotes())
                .allSatisfy(q -> assertThat(q.article()).isEqualTo("https://sport.example.mk/vardar"));
    }

    @Test
    void aMalformedQueryIsABadQuery() {
        assertThatThrownBy(() -> archive.quotes(QuoteRequest.of("words:(")))
                .isInstanceOf(BadQueryException.class).hasMessageStartingWith("bad query 'words:(': ");
    }
}
