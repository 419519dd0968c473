package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    @Test
    void theOutletsNameIsTakenOffTheEnd() {
        TitleCleaner.Cleaned c = TitleCleaner.clean("Владата усвои буџет - Вести24", List.of("Вести24"), List.of());
        assertThat(c.title()).isEqualTo("Владата усвои буџет");
        assertThat(c.siteName()).contains("Вести24");
    }

    @Test
    void theOutletsNameIsTakenOffTheStart() {
        assertThat(TitleCleaner.clean("Дневник Плус – Охрид доби пешачка зона", List.of("Дневник Плус"), List.of()).title())
                .isEqualTo("Охрид доби пешачка зона");
    }

    @Test
    void theHostNamesTheOutletInLatinLetters() {
        TitleCleaner.Cleaned c = TitleCleaner.clean("Собранието ја одржа седницата :: МИА", List.of("mia"), List.of());
        assertThat(c.title()).isEqualTo("Собранието ја одржа седницата");
        assertThat(c.siteName()).contains("МИА");
    }

    @Test
    void theHeadlineShownOnThePageTellsTheSiteFromTheTitle() {
        TitleCleaner.Cleaned c = TitleCleaner.clean("Берачите бараат повисока цена - Тиквешки весник", List.of(),
                List.of("Тиквешки весник", "Берачите бараат повисока цена"));
        assertThat(c.title()).isEqualTo("Берачите бараат повисока цена");
        assertThat(c.siteName()).contains("Тиквешки весник");
    }

    @Test
    void aDashInsideAHeadlineStaysWithoutEvidence() {
        String title = "Средба Мицкоски - Вучиќ во Белград";
        assertThat(TitleCleaner.clean(title, List.of("Вести24"), List.of()).title()).isEqualTo(title);
        assertThat(TitleCleaner.clean(title, List.of(), List.of()).siteName()).isEmpty();
    }

    @Test
    void aShortLastPartAfterABarIsTheSitesEvenUnnamed() {
        assertThat(TitleCleaner.clean("Снег го затвори патот кон Маврово | Портал", List.of(), List.of()).title())
                .isEqualTo("Снег го затвори патот кон Маврово");
    }

    @Test
    void separatorsOfTheRestAreKept() {
        assertThat(TitleCleaner.clean("Вардар – Шкендија 5:4 | Спорт | Спорт Експрес", List.of("Спорт Експрес"), List.of()).title())
                .isEqualTo("Вардар – Шкендија 5:4 | Спорт");
    }

    @Test
    void keysCompareAcrossScriptsAndPunctuation() {
        assertThat(TitleCleaner.key("МИА")).isEqualTo(TitleCleaner.key("Mia.")).isEqualTo("mia");
        assertThat(Optional.of(TitleCleaner.key("  "))).contains("");
    }
}
