package org.vesnik.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import org.vesnik.core.text.TextSpan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vesnik.core.pipeline.Pipeline;

class QuotationFinderTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    private static Quotations quotations(String text) {
        return PIPELINE.process(text).get(QuotationFinder.QUOTATIONS);
    }

    private static Quotation quote(Quotations found, String words) {
        return found.quotations().stream().filter(q -> q.quote().text().equals(words)).findFirst().orElseThrow();
    }

    /** The expectations for the sample article. */
    @Test
    void theSampleArticlesQuotationsHaveTheirSpeakers() throws IOException {
        Quotations found = PIPELINE.process(Path.of("../samples/seed-article.txt")).get(QuotationFinder.QUOTATIONS);
        assertThat(quote(found, "целосно ќе ја поддржи").speaker().entity()).isEqualTo("kim-jong-un");
        assertThat(quote(found, "братска должност").speaker().entity()).isEqualTo("kim-jong-un");
        assertThat(quote(found, "специјални").speaker().entity()).isEqualTo("putin");
        Quotation statement = found.quotations().stream()
                .filter(q -> q.quote().text().startsWith("Другарот")).findFirst().orElseThrow();
        assertThat(statement.speaker().entity()).isEqualTo("kcna");
        Quotation relations = quote(found, "посебни односи на доверба, пријателство и сојуз");
        assertThat(relations.speaker().entity()).isEqualTo("putin");
        assertThat(relations.source().entity()).isEqualTo("kcna");
        Quotation praised = quote(found, "високо ги пофали");
        assertThat(praised.speaker().entity()).isEqualTo("kcna");
        assertThat(praised.about().entity()).isEqualTo("putin");
        Quotation will = quote(found, "цврста волја");
        assertThat(will.speaker().entity()).isEqualTo("kcna");
        assertThat(will.cue().text()).isEqualTo("според");
        assertThat(will.about().text()).isEqualTo("Ким и Путин");
        // the newspaper's name is a title, not a quotation
        assertThat(found.titles()).extracting(TextSpan::text).containsExactly("Родонг Синмун");
        assertThat(found.quotations()).noneMatch(q -> q.quote().text().equals("Родонг Синмун"));
        assertThat(found.quotations()).hasSize(7);
    }

    @Test
    void fictionDialogueNamesItsSpeakerAfterTheQuote() {
        Quotations found = quotations("„Не знам што сакаш да кажеш“, рече Винстон. „Ќе видиш“, одговори О’Брајен.");
        assertThat(found.quotations()).extracting(q -> q.speaker().text()).containsExactly("Винстон", "О’Брајен");
        assertThat(found.quotations()).extracting(q -> q.cue().text()).containsExactly("рече", "одговори");
    }

    @Test
    void aSpeakerNamedBeforeTheQuoteAndCarriedOver() {
        Quotations found = quotations("Министерката Ана Петровска изјави: „Буџетот е стабилен.“ „Нема да има нови даноци“.");
        List<Quotation> quotes = found.quotations();
        assertThat(quotes.get(0).speaker().text()).isEqualTo("Ана Петровска");
        assertThat(quotes.get(0).attribution()).isEqualTo("sentence");
        assertThat(quotes.get(1).speaker().text()).isEqualTo("Ана Петровска");
        assertThat(quotes.get(1).attribution()).isEqualTo("context");
    }

    @Test
    void titlesOfWorksAndLawsAreNotQuotations() {
        Quotations found = quotations("Филмот „Пред дождот“ беше прикажан, а Собранието го донесе законот „за јавен ред и мир“.");
        assertThat(found.titles()).extracting(TextSpan::text).containsExactly("Пред дождот", "за јавен ред и мир");
        assertThat(found.quotations()).isEmpty();
    }

    @Test
    void indirectSpeechIsAStatement() {
        Quotations found = quotations("Аналитичарите велат дека средбата е важна.");
        assertThat(found.statements()).hasSize(1);
        Statement statement = found.statements().get(0);
        assertThat(statement.speaker().text()).isEqualTo("Аналитичарите");
        assertThat(statement.cue().text()).isEqualTo("велат");
        assertThat(statement.content().text()).isEqualTo("средбата е важна");
    }
}
