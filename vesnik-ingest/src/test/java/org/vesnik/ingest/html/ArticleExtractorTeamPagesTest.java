package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.ReadItem;

/**
 * The team-made pages of {@code pages/} and {@code pages-unseen/}: every value their
 * {@code expected.json} gives, and the accuracy per field.
 */
class ArticleExtractorTeamPagesTest {

    private static final Instant FETCHED = Instant.parse("2026-01-20T10:00:00Z");
    private static final List<String> FIELDS = List.of("title", "author", "published", "modified", "outlet", "url", "language", "lead", "text");

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void everyPageGivesWhatItsExpectationsSay() throws IOException {
        assertThat(check("pages")).isEmpty();
    }

    /** Pages written after the extractor was done, scored once before anything was changed for them (see their README). */
    @Test
    void everyPageWrittenAfterTheExtractorGivesWhatItsExpectationsSay() throws IOException {
        assertThat(check("pages-unseen")).isEmpty();
    }

    /** The pages of a folder checked against its expected.json: what was wrong, after printing the accuracy per field. */
    private List<String> check(String folder) throws IOException {
        JsonNode expectations = new ObjectMapper().readTree(resource(folder, "expected.json"));
        Map<String, int[]> right = new LinkedHashMap<>();
        FIELDS.forEach(f -> right.put(f, new int[2]));
        List<String> wrong = new ArrayList<>();
        for (JsonNode expected : expectations) {
            String page = expected.get("page").asText();
            byte[] bytes = resource(folder, page).readAllBytes();
            String url = expected.path("pageUrl").isTextual() ? expected.get("pageUrl").asText() : null;
            String contentType = expected.path("contentType").isTextual() ? expected.get("contentType").asText() : null;
            ReadItem item = extractor.read(bytes, contentType, page, url, FETCHED);
            if (expected.has("problem")) {
                if (!(item instanceof ReadItem.Problem p) || !p.kind().name().equals(expected.get("problem").asText())) {
                    wrong.add(page + ": expected " + expected.get("problem").asText() + ", got " + item);
                }
                continue;
            }
            if (!(item instanceof ReadItem.Found found)) {
                wrong.add(page + ": no article: " + item);
                continue;
            }
            Map<String, Optional<String>> actual = values(found.article());
            for (String field : FIELDS) {
                JsonNode e = expected.get(field);
                Optional<String> want = e.isNull() ? Optional.empty()
                        : Optional.of(e.isArray() ? paragraphs(e) : e.asText());
                right.get(field)[1]++;
                if (want.equals(actual.get(field))) {
                    right.get(field)[0]++;
                } else {
                    wrong.add(page + ": " + field + " expected " + want.orElse("none") + " but was " + actual.get(field).orElse("none"));
                }
            }
        }
        StringBuilder report = new StringBuilder("team " + folder + ", right per field:");
        right.forEach((field, n) -> report.append(' ').append(field).append(' ').append(n[0]).append('/').append(n[1]));
        System.out.println(report);
        wrong.forEach(System.out::println);
        return wrong;
    }

    private static Map<String, Optional<String>> values(Article a) {
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        values.put("title", a.title());
        values.put("author", a.author());
        values.put("published", a.published().map(ArticleExtractorTeamPagesTest::iso));
        values.put("modified", a.modified().map(ArticleExtractorTeamPagesTest::iso));
        values.put("outlet", a.outlet());
        values.put("url", a.url());
        values.put("language", a.language());
        values.put("lead", a.lead());
        values.put("text", Optional.of(a.text()));
        return values;
    }

    private static String paragraphs(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(p -> list.add(p.asText()));
        return String.join("\n\n", list);
    }

    private static String iso(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static InputStream resource(String folder, String name) {
        InputStream in = ArticleExtractorTeamPagesTest.class.getResourceAsStream(folder + "/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
