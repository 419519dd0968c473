package org.vesnik.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;
import org.vesnik.core.pipeline.Pipeline;

class FactsJsonTest {

    @Test
    void theSampleArticlesFactsReadBackEqual() throws IOException {
        String seed = Files.readString(Path.of("../samples/seed-article.txt"), StandardCharsets.UTF_8);
        ArticleFacts facts = ArticleFacts.of(Pipeline.builder().build().process(seed));
        assertThat(facts.quotes()).hasSizeGreaterThan(3);
        assertThat(facts.claims()).isNotEmpty();
        assertThat(FactsJson.decode(FactsJson.encode(facts))).isEqualTo(facts);
    }

    @Test
    void everyOptionalValueReadsBackAsWritten() {
        Span span = new Span(3, 8, 2, 7, "Путин");
        ArticleFacts facts = new ArticleFacts("mk", 0.75,
                List.of(new Mention(span, EntityType.PER, "per:putin")), List.of(new Mention(new Span(0, 7, 0, 7, "руската"), EntityType.LOC, "loc:ru")),
                List.of(new Entity("per:putin", "Владимир Путин", "Vladimir Putin", EntityType.PER)),
                List.of(new Quote(span, Optional.of(span), Optional.of("per:putin"), Optional.empty(), Optional.of(span), Optional.empty(), true),
                        new Quote(span, Optional.empty(), Optional.empty(), Optional.of(span), Optional.empty(), Optional.empty(), false)),
                List.of(new NumericClaim(span, "money", 2.5, Optional.of(3.0), true, Optional.of("EUR"), Optional.of(span),
                        Optional.empty(), List.of(new Hedge(span, "approximately")), List.of(), Optional.of(span),
                        Optional.of("per:putin"), Optional.empty())),
                List.of(new DateExpression(span, "date", Optional.of("2025-09-03")), new DateExpression(span, "date", Optional.empty())));
        assertThat(FactsJson.decode(FactsJson.encode(facts))).isEqualTo(facts);
        assertThat(new String(FactsJson.encode(facts), StandardCharsets.UTF_8)).doesNotContain("null");
    }

    @Test
    void aQuotationReadsBackAsWritten() {
        Span span = new Span(10, 20, 10, 20, "нема војна");
        Quote quote = new Quote(span, Optional.of(new Span(0, 5, 0, 5, "Путин")), Optional.of("per:putin"),
                Optional.of(new Span(6, 9, 6, 9, "рече")), Optional.empty(), Optional.empty(), false);
        assertThat(FactsJson.decodeQuote(FactsJson.encodeQuote(quote))).isEqualTo(quote);
    }

    @Test
    void damagedBytesAreAnArchiveError() {
        assertThatThrownBy(() -> FactsJson.decode("{\"language\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("stored annotation cannot be read");
    }
}
