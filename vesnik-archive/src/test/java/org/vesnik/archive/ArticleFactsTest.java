package org.vesnik.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;

class ArticleFactsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    @Test
    void readsNamesQuotationsClaimsAndTheirEntities() {
        String text = News.ROADS.text();
        ArticleFacts facts = ArticleFacts.of(PIPELINE.process(text));
        assertThat(facts.language()).isEqualTo("mk");
        assertThat(facts.mentionedIds()).contains("per:mickoski", "per:марко-трајковски");
        assertThat(facts.entity("per:mickoski")).map(Entity::name).contains("Христијан Мицкоски");
        Quote quote = facts.quotes().stream().filter(q -> !q.indirect()).findFirst().orElseThrow();
        assertThat(quote.words().text()).isEqualTo("ова е голем ден за Скопје");
        assertThat(quote.speakerId()).contains("per:марко-трајковски");
        assertThat(quote.cue().map(Span::text)).contains("рече");
        assertThat(facts.speakerIds()).contains("per:марко-трајковски");
        assertThat(facts.claims()).anySatisfy(c -> assertThat(c.value()).isEqualTo(20_000_000));
    }

    @Test
    void everySpanPointsAtItsWordsInTheOriginalText() {
        // glued full stop and a Latin a inside a Cyrillic word: cleanup changes the text, offsets do not move
        String text = "Премиерот Христијан Мицкоски изјави „ќе има нови патишта“.Министерот Марко Трајковски рече дека ќе чинат 20 милиони евра.\n"
                + "Рускaта делегација пристигна на 3 септември 2025.";
        Document document = PIPELINE.process(text);
        ArticleFacts facts = ArticleFacts.of(document);
        assertThat(facts.mentions()).isNotEmpty();
        facts.mentions().forEach(m -> assertPointsAt(text, m.span()));
        facts.references().forEach(m -> assertPointsAt(text, m.span()));
        facts.quotes().forEach(q -> {
            assertPointsAt(text, q.words());
            q.speaker().ifPresent(s -> assertPointsAt(text, s));
        });
        facts.claims().forEach(c -> assertPointsAt(text, c.quantity()));
        assertThat(facts.dates()).isNotEmpty();
        facts.dates().forEach(d -> assertPointsAt(text, d.span()));
    }

    private static void assertPointsAt(String original, Span span) {
        assertThat(original.substring(span.start(), span.end())).isEqualTo(span.text());
    }

    @Test
    void aStatementThatIsAlsoAQuotationIsKeptOnce() {
        ArticleFacts facts = ArticleFacts.of(PIPELINE.process("Министерот Марко Трајковски изјави дека „нема промени“."));
        assertThat(facts.quotes()).singleElement().satisfies(q -> {
            assertThat(q.indirect()).isFalse();
            assertThat(q.words().text()).isEqualTo("нема промени");
        });
    }

    @Test
    void indirectSpeechIsAQuotationToo() {
        ArticleFacts facts = ArticleFacts.of(PIPELINE.process("Министерот Марко Трајковски изјави дека владата ќе го поддржи предлогот."));
        assertThat(facts.quotes()).singleElement().satisfies(q -> {
            assertThat(q.indirect()).isTrue();
            assertThat(q.speakerId()).contains("per:марко-трајковски");
        });
    }

    @Test
    void anotherLanguageHasItsCodeAndNoAnnotation() {
        ArticleFacts facts = ArticleFacts.of(PIPELINE.process(News.BULGARIAN.text()));
        assertThat(facts.language()).isEqualTo("bg");
        assertThat(facts.mentions()).isEmpty();
        assertThat(facts.quotes()).isEmpty();
    }

    @Test
    void relinkingReplacesAnIdWhereverItAppears() {
        ArticleFacts facts = ArticleFacts.of(PIPELINE.process(News.TENDER.text()));
        assertThat(facts.mentionedIds()).containsExactly("per:трајковски");
        Entity marko = new Entity("per:марко-трајковски", "Марко Трајковски", "Marko Trajkovski", EntityType.PER);
        ArticleFacts relinked = facts.relinked(Map.of("per:трајковски", marko));
        assertThat(relinked.mentionedIds()).containsExactly("per:марко-трајковски");
        assertThat(relinked.speakerIds()).containsExactly("per:марко-трајковски");
        assertThat(relinked.entities()).containsExactly(marko);
        // the words stay as written
        assertThat(relinked.mentions().get(0).span().text()).isEqualTo("Трајковски");
    }
}
