package org.vesnik.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;

class DateTaggerTest {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2025, 9, 4);
    private static final Pipeline DATED = Pipeline.builder().articleDate(THURSDAY).build();
    private static final Pipeline UNDATED = Pipeline.builder().build();

    private static List<DateMention> dates(Pipeline pipeline, String text) {
        return pipeline.process(text).get(DateMention.LAYER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Средбата беше на 3 септември 2025 година во Пекинг.  | 3 септември 2025 година | date  | 2025-09-03",
        "Рокот истекува на 03.09.2025.                         | 03.09.2025              | date  | 2025-09-03",
        "Законот е донесен во мај 2000 година.                 | мај 2000 година         | month | 2000-05",
        "Во 1991 се осамостои Македонија.                      | 1991                    | year  | 1991",
        "Состанокот почнува во 12:30 часот.                    | 12:30                   | time  | 12:30",
    })
    void absoluteDatesNeedNoArticleDate(String text, String expression, String kind, String value) {
        DateMention date = dates(UNDATED, text).get(0);
        assertThat(date.text()).isEqualTo(expression);
        assertThat(date.kind()).isEqualTo(kind);
        assertThat(date.value()).isEqualTo(value);
        assertThat(date.resolved()).isTrue();
        assertThat(text.substring(date.start(), date.end())).isEqualTo(expression);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Тие се сретнаа во среда.                | среда            | 2025-09-03",
        "Министерот ќе патува во среда.          | среда            | 2025-09-10",
        "Тоа се случи вчера навечер.             | вчера            | 2025-09-03",
        "Изборите се утре.                       | утре             | 2025-09-05",
        "Се сретнаа минатиот петок.              | минатиот петок   | 2025-08-29",
        "Ќе се сретнат следниот понеделник.      | следниот понеделник | 2025-09-08",
        "Агенцијата оваа недела процени.         | оваа недела      | 2025-W36",
        "Минатата година потпишаа договор.       | Минатата година  | 2024",
        "Лани беше потпишан договор.             | Лани             | 2024",
        "Ќе се гласа следниот месец.             | следниот месец   | 2025-10",
        "Се сретнаа на 30 август.                | 30 август        | 2025-08-30",
        "Во недела ќе има избори.                | недела           | 2025-09-07",
    })
    void relativeDatesAreResolvedAgainstTheArticleDate(String text, String expression, String value) {
        DateMention date = dates(DATED, text).get(0);
        assertThat(date.text()).isEqualTo(expression);
        assertThat(date.value()).isEqualTo(value);
        assertThat(date.resolved()).isTrue();
    }

    @Test
    void withoutAnArticleDateRelativeDatesStayUnresolved() {
        List<DateMention> found = dates(UNDATED, "Тие се сретнаа во среда, а минатата година потпишаа договор.");
        assertThat(found).extracting(DateMention::text).containsExactly("среда", "минатата година");
        assertThat(found).allSatisfy(date -> {
            assertThat(date.resolved()).isFalse();
            assertThat(date.value()).isNull();
        });
    }

    @Test
    void aDocumentsOwnDateWinsOverThePipelines() {
        Document doc = new Document("Тие се сретнаа вчера.", null);
        doc.add(DateTagger.ARTICLE_DATE, LocalDate.of(2020, 1, 1));
        DATED.annotate(doc);
        assertThat(doc.get(DateMention.LAYER).get(0).value()).isEqualTo("2019-12-31");
    }

    @Test
    void numbersThatAreNotDatesAreLeftAlone() {
        assertThat(dates(DATED, "Загинаа 2.000 војници, а 31.02.2025 не постои. Недела е седум дена.")).isEmpty();
        assertThat(dates(DATED, "Купија 2000 куќи до 2030 евра.")).isEmpty();
    }
}
