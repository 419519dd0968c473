package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vesnik.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final String ARTICLE = "<html lang=mk><head><title>Владата усвои буџет | Вести24</title>"
            + "<meta property='og:site_name' content='Вести24'>"
            + "<meta property='article:published_time' content='2026-01-14T09:30:00+01:00'>"
            + "<link rel=canonical href='/ekonomija/budzet'></head><body><nav><a href=/>Почетна</a> <a href=/svet>Свет</a></nav>"
            + "<article><h1>Владата усвои буџет</h1>"
            + "<p>Владата на седницата во вторник усвои програма за обнова на регионалните патишта.</p>"
            + "<p>Според министерот, првите тендери ќе бидат објавени до крајот на март оваа година.</p></article></body></html>";
    private static final String FRONT = "<html><body><nav><a href=/a>Прва</a> <a href=/b>Втора</a> <a href=/c>Трета</a></nav></body></html>";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void everyPageGivesOneJsonLineWithEveryFieldInInputOrder() throws IOException {
        Path a = file("a.html", ARTICLE);
        Path b = file("b.html", ARTICLE.replace("Владата усвои буџет</h1>", "Втора вест за буџетот</h1>"));
        CliRun run = run("extract", a.toString(), b.toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.fieldNames()).toIterable().containsExactly("source", "url", "title", "author", "published",
                "modified", "outlet", "language", "lead", "text");
        assertThat(first.get("source").asText()).isEqualTo(a.toString());
        assertThat(first.get("title").asText()).isEqualTo("Владата усвои буџет");
        assertThat(first.get("published").asText()).isEqualTo("2026-01-14T09:30:00+01:00");
        assertThat(first.get("outlet").asText()).isEqualTo("Вести24");
        assertThat(first.get("language").asText()).isEqualTo("mk");
        assertThat(first.get("author").isNull()).isTrue();
        assertThat(first.get("modified").isNull()).isTrue();
        assertThat(first.get("url").isNull()).as("a relative canonical link without a page URL").isTrue();
        assertThat(first.get("text").asText()).isEqualTo("Владата на седницата во вторник усвои програма за обнова на"
                + " регионалните патишта.\n\nСпоред министерот, првите тендери ќе бидат објавени до крајот на март оваа година.");
        assertThat(json.readTree(lines.get(1)).get("source").asText()).isEqualTo(b.toString());
    }

    @Test
    void theUrlOptionResolvesRelativeLinks() throws IOException {
        CliRun run = run("extract", "--url", "https://vesti24.example.mk/x", file("a.html", ARTICLE).toString());
        assertThat(new ObjectMapper().readTree(run.out()).get("url").asText()).isEqualTo("https://vesti24.example.mk/ekonomija/budzet");
    }

    @Test
    void theTextFormatGivesAReadableBlockPerPage() throws IOException {
        Path a = file("a.html", ARTICLE);
        CliRun run = run("extract", "--format", "text", a.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("== " + a + "\ntitle:     Владата усвои буџет\n")
                .contains("published: 2026-01-14T09:30:00+01:00\n")
                .contains("\n\nВладата на седницата во вторник").doesNotContain("author:");
    }

    @Test
    void aPageWithoutAnArticleIsReportedAndTheOthersStillPrinted() throws IOException {
        Path front = file("front.html", FRONT);
        Path text = file("notes.txt", "Обичен текст, без ознаки.");
        Path a = file("a.html", ARTICLE);
        CliRun run = run("extract", front.toString(), text.toString(), a.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err().lines()).containsExactly(
                "vesnik: " + front + ": no article text on the page",
                "vesnik: " + text + ": not an HTML page (no HTML markup)");
        assertThat(run.out().lines()).hasSize(1).allMatch(l -> l.contains("\"source\":\"" + a.toString().replace("\\", "\\\\") + "\""));
    }

    @Test
    void aMissingFileExitsWith66() {
        Path missing = dir.resolve("missing.html");
        CliRun run = run("extract", missing.toString());
        assertThat(run.exitCode()).isEqualTo(66);
        assertThat(run.err()).isEqualTo("vesnik: " + missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void standardInputIsReadForADash() {
        CliRun run = CliRun.run(ARTICLE.getBytes(StandardCharsets.UTF_8), "extract", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"source\":\"<stdin>\"").contains("Владата на седницата");
    }

    @Test
    void aPageAboveTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = file("big.html", ARTICLE);
        CliRun run = run("extract", "--max-bytes", "100", big.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains(big + ": input of").contains("larger than the limit of 100 bytes");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theUrlOptionNamesOnePage() throws IOException {
        Path a = file("a.html", ARTICLE);
        CliRun run = run("extract", "--url", "https://x.example/", a.toString(), a.toString());
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("--url names the URL of one page");
    }
}
