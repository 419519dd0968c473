package org.vesnik.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vesnik.core.ner.EntityType;

class ResultsJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(StringWriter out) throws IOException {
        assertThat(out.toString()).endsWith("\n").doesNotContain("null");
        assertThat(out.toString().strip()).doesNotContain("\n");
        return MAPPER.readTree(out.toString());
    }

    @Test
    void aSearchResultHasItsHitsSnippetsAndFacets() throws IOException {
        ArticleHit hit = new ArticleHit("https://vesti.example.mk/a", Optional.of("Наслов"), Optional.of("МИА"),
                Optional.of(OffsetDateTime.parse("2025-09-03T10:00:00+02:00")), Optional.empty(), "feed.jsonl:3", 1.5f,
                new Snippet(10, 30, "… Путин рече …", List.of(new Highlight(12, 17))));
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("outlet", List.of(new FacetCount("МИА", "МИА", 1)));
        facets.put("per", List.of(new FacetCount("per:putin", "Владимир Путин", 1)));
        StringWriter out = new StringWriter();
        ResultsJson.write(new SearchResult("Путин", 1, 1, 10, List.of(hit), facets), out);
        JsonNode node = json(out);
        assertThat(node.get("total").asLong()).isEqualTo(1);
        JsonNode first = node.get("hits").get(0);
        assertThat(first.get("id").asText()).isEqualTo("https://vesti.example.mk/a");
        assertThat(first.get("published").asText()).isEqualTo("2025-09-03T10:00+02:00");
        assertThat(first.has("url")).isFalse();
        assertThat(first.get("origin").asText()).isEqualTo("feed.jsonl:3");
        assertThat(first.get("snippet").get("highlights").get(0).get("start").asInt()).isEqualTo(12);
        assertThat(node.get("facets").get("per").get(0).get("label").asText()).isEqualTo("Владимир Путин");
        assertThat(node.get("facets").fieldNames()).toIterable().containsExactly("outlet", "per");
    }

    @Test
    void anEntityPageHasNamesAliasesCountsAndDates() throws IOException {
        RegisteredEntity e = new RegisteredEntity("per:putin", "Владимир Путин", "Vladimir Putin", EntityType.PER,
                List.of("Путин", "Putin"), 3, Optional.of(LocalDate.parse("2025-09-01")), Optional.empty());
        StringWriter out = new StringWriter();
        ResultsJson.write(new EntityPage(1, 1, 20, List.of(e)), out);
        JsonNode entity = json(out).get("entities").get(0);
        assertThat(entity.get("aliases")).hasSize(2);
        assertThat(entity.get("articles").asLong()).isEqualTo(3);
        assertThat(entity.get("firstSeen").asText()).isEqualTo("2025-09-01");
        assertThat(entity.has("lastSeen")).isFalse();
    }

    @Test
    void aStoredArticleHasItsTextAndAnnotation() throws IOException {
        ArticleFacts facts = ArticleFacts.none("mk");
        StoredArticle article = new StoredArticle("text:abc", 2, "a.txt", Optional.empty(), Optional.of("Наслов"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "Текст.", facts);
        StringWriter out = new StringWriter();
        ResultsJson.write(article, out);
        JsonNode node = json(out);
        assertThat(node.get("version").asInt()).isEqualTo(2);
        assertThat(node.get("text").asText()).isEqualTo("Текст.");
        assertThat(FactsJson.decode(MAPPER.writeValueAsBytes(node.get("annotation")))).isEqualTo(facts);
    }
}
