package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void shortFirstLineWithoutFullStopIsTheTitle() {
        Headline.Split split = Headline.split("Нов мост преку Вардар\nОпштина Велес го отвори мостот.\n");
        assertThat(split.title()).contains("Нов мост преку Вардар");
        assertThat(split.body()).isEqualTo("Општина Велес го отвори мостот.\n");
    }

    @Test
    void questionOrExclamationStillEndsAHeadline() {
        assertThat(Headline.split("Дали ќе има снег?\nМетеоролозите велат дека ќе има.").title())
                .contains("Дали ќе има снег?");
    }

    @Test
    void firstLineEndingWithAFullStopIsASentence() {
        Headline.Split split = Headline.split("Владата ги усвои измените.\nСобранието ќе гласа утре.");
        assertThat(split.title()).isEmpty();
        assertThat(split.body()).startsWith("Владата");
    }

    @Test
    void lineThatGoesOnInLowerCaseIsASentenceBrokenAcrossLines() {
        assertThat(Headline.split("Владата на седницата ги усвои измените\nи ги испрати во Собранието.").title())
                .isEmpty();
    }

    @Test
    void longFirstLineIsNotAHeadline() {
        String line = "збор ".repeat(30).strip();
        assertThat(Headline.split(line + "\nСледна реченица.").title()).isEmpty();
    }

    @Test
    void singleLineHasNoTitle() {
        assertThat(Headline.split("Само наслов без текст").title()).isEmpty();
        assertThat(Headline.split("Само наслов без текст\n\n  \n").title()).isEmpty();
    }

    @Test
    void blankLinesBetweenTitleAndBodyAreDropped() {
        Headline.Split split = Headline.split("\nНаслов\n\n\nТекст на веста.");
        assertThat(split.title()).contains("Наслов");
        assertThat(split.body()).isEqualTo("Текст на веста.");
    }
}
