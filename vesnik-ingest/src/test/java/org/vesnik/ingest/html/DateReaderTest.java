package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReaderTest {

    private final DateReader dates = new DateReader(java.time.ZoneId.of("Europe/Skopje"));

    private static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-01-03T10:15:00+01:00       | 2026-01-03T10:15+01:00",
        "2026-01-03T10:15:00.000Z        | 2026-01-03T10:15Z",
        "2026-01-03T10:15:30+0100        | 2026-01-03T10:15:30+01:00",
        "2026-01-03 10:15                | 2026-01-03T10:15+01:00",
        "2026-07-03                      | 2026-07-03T00:00+02:00",
        "Tue, 19 Nov 2019 10:00:00 GMT   | 2019-11-19T10:00Z",
        "21.02.2026 12:30                | 2026-02-21T12:30+01:00",
    })
    void metadataDatesAreReadWithTheirOffsetOrTheOutletsZone(String value, String expected) {
        assertThat(dates.metadata(value)).contains(at(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Објавено: 21 февруари 2026 во 12:30   | 2026-02-21T12:30+01:00",
        "21.02.2026 12:30                      | 2026-02-21T12:30+01:00",
        "12:30, 21.2.2026                      | 2026-02-21T12:30+01:00",
        "3 ЈАНУАРИ 2026                        | 2026-01-03T00:00+01:00",
        "5 септ. 2025                          | 2025-09-05T00:00+02:00",
        "November 19, 2019                     | 2019-11-19T00:00+01:00",
        "19 Nov 2019                           | 2019-11-19T00:00+01:00",
        "Posted on October 12th, 2024 at 8:05  | 2024-10-12T08:05+02:00",
    })
    void textDatesAreReadInMacedonianAndEnglish(String text, String expected) {
        assertThat(dates.text(text, Optional.empty())).contains(at(expected));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(dates.text("31.02.2026", Optional.empty())).isEmpty();
        assertThat(dates.text("Тираж 12.500 примероци, 3.000 денари", Optional.empty())).isEmpty();
        assertThat(dates.text("во 1 мај 1200", Optional.empty())).isEmpty();
        assertThat(dates.metadata("yesterday")).isEmpty();
    }

    @Test
    void theFirstDateOfATextWins() {
        assertThat(dates.text("Ажурирано 22.02.2026, објавено 21 февруари 2026", Optional.empty()))
                .contains(at("2026-02-22T00:00+01:00"));
    }

    @Test
    void timestampsCountBackFromTheFetchTime() {
        Optional<Instant> fetched = Optional.of(Instant.parse("2026-01-20T10:00:00Z"));
        assertThat(dates.text("пред 2 часа", fetched)).contains(at("2026-01-20T09:00+01:00"));
        assertThat(dates.text("Пред час", fetched)).contains(at("2026-01-20T10:00+01:00"));
        assertThat(dates.text("пред 3 дена · 1.204 прегледи", fetched)).contains(at("2026-01-17T11:00+01:00"));
        assertThat(dates.text("5 minutes ago", fetched)).contains(at("2026-01-20T10:55+01:00"));
        assertThat(dates.text("пред 2 часа", Optional.empty())).isEmpty();
        assertThat(dates.text("пред зградата", fetched)).isEmpty();
    }

    @Test
    void anAgencyDatelineGivesTheDate() {
        assertThat(dates.dateline("Скопје, 3 јануари 2026 (МИА) - Собранието денеска ја одржа седницата."))
                .contains(at("2026-01-03T00:00+01:00"));
        assertThat(dates.dateline("Куманово, 12.05.2025 /МАКФАКС/ – Полицијата уапси двајца."))
                .contains(at("2025-05-12T00:00+02:00"));
        assertThat(dates.dateline("BRUSSELS, 4 March 2026 (Reuters) — Ministers agreed."))
                .contains(at("2026-03-04T00:00+01:00"));
    }

    @Test
    void aDateInsideTheFirstSentenceIsNoDateline() {
        assertThat(dates.dateline("Седницата на 3 јануари 2026 ја отвори претседателот.")).isEmpty();
        assertThat(dates.dateline("Од 3 јануари 2026 важат новите цени - велат од компанијата.")).isEmpty();
    }
}
