package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vesnik.cli.CliRun.runIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, entities, quotes and show on one archive of invented news. */
class ArchiveCommandsTest {

    @TempDir
    static Path dir;

    private static Map<String, String> environment;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void ingest() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("patishta.txt"), "Премиерот Христијан Мицкоски изјави дека владата ќе го поддржи планот за патишта.\n\n"
                + "Министерот Марко Трајковски рече „ова е голем ден за Скопје“.", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("moskva.txt"), "Рускиот претседател Владимир Путин се сретна со Ким Џонг Ун во Москва.\n\n"
                + "Командантите ги пофалија војниците. Путин изјави „соработката е специјална“.", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("tender.txt"), "Трајковски изјави „тендерот ќе биде објавен до крајот на месецот“.",
                StandardCharsets.UTF_8);
        environment = Map.of("VESNIK_ARCHIVE", dir.resolve("archive").toString());
        CliRun run = runIn(environment, "ingest", news.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun run = runIn(environment, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).doesNotContain("\n");
        return JSON.readTree(run.out());
    }

    private static String idOf(String query) throws IOException {
        return json("search", query, "--format", "json").get("hits").get(0).get("id").asText();
    }

    @Test
    void searchGivesHitsWithSnippetsAndFacetsAsJson() throws IOException {
        JsonNode result = json("search", "војник", "--format", "json");
        assertThat(result.get("total").asInt()).isEqualTo(1);
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("id").asText()).startsWith("text:");
        assertThat(hit.get("origin").asText()).endsWith("moskva.txt");
        JsonNode snippet = hit.get("snippet");
        String text = snippet.get("text").asText();
        JsonNode highlight = snippet.get("highlights").get(0);
        int start = snippet.get("start").asInt();
        assertThat(text.substring(highlight.get("start").asInt() - start, highlight.get("end").asInt() - start)).isEqualTo("војниците");
        assertThat(result.get("facets").get("per").findValuesAsText("value")).contains("per:putin", "per:kim-jong-un");
    }

    @Test
    void searchFiltersAndPages() throws IOException {
        assertThat(json("search", "--entity", "Трајковски", "--format", "json").get("total").asInt()).isEqualTo(2);
        assertThat(json("search", "--speaker", "putin", "--format", "json").get("total").asInt()).isEqualTo(1);
        JsonNode second = json("search", "--page", "2", "--size", "2", "--format", "json");
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("hits")).hasSize(1);
        assertThat(json("search", "--from", "2025-01-01", "--format", "json").get("total").asInt()).isZero();
    }

    @Test
    void aMalformedQueryIsOneLineAndExit65() {
        CliRun run = runIn(environment, "search", "title:(Путин");
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).startsWith("vesnik: bad query 'title:(Путин': ").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingArchiveIsOneLineAndExit66() {
        for (String command : new String[] {"search", "entities", "quotes"}) {
            CliRun run = runIn(Map.of("VESNIK_ARCHIVE", dir.resolve("nema").toString()), command, "Путин");
            assertThat(run.exitCode()).isEqualTo(66);
            assertThat(run.err()).isEqualTo("vesnik: no archive at " + dir.resolve("nema")
                    + " (ingest something first: vesnik ingest SOURCE)\n");
        }
    }

    @Test
    void badPagingIsAUsageError() {
        assertThat(runIn(environment, "search", "--page", "0", "Путин").exitCode()).isEqualTo(64);
        assertThat(runIn(environment, "entities", "--size", "5000").exitCode()).isEqualTo(64);
        assertThat(runIn(environment, "search", "--from", "вчера").exitCode()).isEqualTo(64);
    }

    @Test
    void entitiesListThePeopleMostWrittenAboutFirst() throws IOException {
        JsonNode page = json("entities", "--type", "PER", "--format", "json");
        JsonNode first = page.get("entities").get(0);
        assertThat(first.get("id").asText()).isEqualTo("per:марко-трајковски");
        assertThat(first.get("articles").asInt()).isEqualTo(2);
        assertThat(first.get("nameLatin").asText()).isEqualTo("Marko Trajkovski");
        assertThat(page.get("entities").findValuesAsText("type")).containsOnly("PER");
        CliRun text = runIn(environment, "entities", "Putin");
        assertThat(text.out()).startsWith("1 entity").contains("putin\tPER\tВладимир Путин (Vladimir Putin)\t1 article");
    }

    @Test
    void quotesBySpeakerAndWords() throws IOException {
        JsonNode page = json("quotes", "Скопје", "--speaker", "Трајковски", "--format", "json");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode quote = page.get("quotes").get(0).get("quote");
        assertThat(quote.get("text").asText()).isEqualTo("ова е голем ден за Скопје");
        assertThat(quote.get("speaker").get("entity").asText()).isEqualTo("per:марко-трајковски");
        CliRun text = runIn(environment, "quotes", "--speaker", "Трајковски");
        assertThat(text.out()).startsWith("2 quotations").contains("„тендерот ќе биде објавен до крајот на месецот“ — Трајковски (per:марко-трајковски), изјави");
    }

    @Test
    void showPrintsTheStoredArticleWithItsAnnotation() throws IOException {
        String id = idOf("војник");
        JsonNode article = json("show", id, "--format", "json");
        assertThat(article.get("id").asText()).isEqualTo(id);
        assertThat(article.get("version").asInt()).isEqualTo(1);
        assertThat(article.get("text").asText()).startsWith("Рускиот претседател Владимир Путин");
        JsonNode annotation = article.get("annotation");
        assertThat(annotation.get("language").asText()).isEqualTo("mk");
        assertThat(annotation.get("mentions").findValuesAsText("entity")).contains("per:putin", "per:kim-jong-un");
        assertThat(annotation.get("quotations").get(0).get("text").asText()).isEqualTo("соработката е специјална");
        CliRun text = runIn(environment, "show", id);
        assertThat(text.out()).contains("Рускиот претседател").contains("entities:").contains("putin\tPER\tВладимир Путин")
                .contains("quotations:");
    }

    @Test
    void showSimilarListsTheArticlesLikeIt() throws IOException {
        String id = idOf("тендерот");
        JsonNode similar = json("show", id, "--similar", "2", "--format", "json");
        assertThat(similar.get("id").asText()).isEqualTo(id);
        assertThat(similar.get("similar").findValuesAsText("id")).doesNotContain(id);
        assertThat(runIn(environment, "show", id, "--similar").out()).startsWith("articles like " + id);
    }

    @Test
    void anIdTheArchiveDoesNotHaveIsExit66() {
        CliRun run = runIn(environment, "show", "text:0000");
        assertThat(run.exitCode()).isEqualTo(66);
        assertThat(run.err()).isEqualTo("vesnik: no article with id text:0000 in the archive\n");
    }
}
