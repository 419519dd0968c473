package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.core.article.Article;

class JsonlTest {

    private final SourceReaders readers = new SourceReaders();

    private static void assertTheSampleFile(Items items, Path file) {
        assertThat(items.articles()).extracting(Article::source).containsExactly(file + ":1", file + ":2", file + ":6",
                file + ":12");
        assertThat(items.problemLines()).containsExactly(
                file + ":3: not JSON (Unrecognized token 'this': was expecting (JSON String, Number, Array, Object "
                        + "or token 'null', 'true' or 'false'))",
                file + ":4: no \"text\" or \"html\"",
                file + ":7: \"date\" is not an ISO date or date-time: 29 ноември",
                file + ":8: not JSON (a line must be one JSON object)",
                file + ":9: not JSON (Unexpected end-of-input: expected close marker for Object)",
                file + ":10: \"title\" is not a string",
                file + ":11: not JSON (more than one value on the line)");
        assertThat(items.problems()).extracting(ReadItem.Problem::kind).containsExactly(ProblemKind.NOT_JSON,
                ProblemKind.NO_TEXT, ProblemKind.BAD_FIELD, ProblemKind.NOT_JSON, ProblemKind.NOT_JSON,
                ProblemKind.BAD_FIELD, ProblemKind.NOT_JSON);
    }

    @Test
    void goodLinesAreArticlesAndBadLinesProblemsWithTheirLineNumbers() {
        Path file = Resources.path("jsonl/vesti.jsonl");
        Items items = Items.of(readers.open(file.toString()));
        assertTheSampleFile(items, file);
        assertThat(items.bytesRead).isEqualTo(file.toFile().length());
    }

    @Test
    void fieldsBecomeTheArticlesValues() {
        List<Article> articles = Items.of(readers.open(Resources.path("jsonl/vesti.jsonl").toString())).articles();
        Article first = articles.get(0);
        assertThat(first.url()).contains("https://vesnik.test/ekonomija/plati");
        assertThat(first.title()).contains("Просечната плата порасна");
        assertThat(first.outlet()).contains("Весник Тест");
        assertThat(first.language()).contains("mk");
        assertThat(first.published()).contains(OffsetDateTime.parse("2026-11-27T00:00:00+01:00"));
        assertThat(first.text()).startsWith("Просечната нето плата");
        assertThat(articles.get(1).published()).contains(OffsetDateTime.parse("2026-11-28T19:30:00+01:00"));
        assertThat(articles.get(1).text()).contains("\n\nНајефикасен");
        Article last = articles.get(3);
        assertThat(last.author()).contains("Ана Петровска");
        assertThat(last.published().map(OffsetDateTime::toInstant))
                .contains(OffsetDateTime.parse("2026-11-26T12:00:00Z").toInstant());
    }

    @Test
    void htmlGoesThroughTheExtractorAndTheRecordsFieldsWin() {
        Article fromHtml = Items.of(readers.open(Resources.path("jsonl/vesti.jsonl").toString())).articles().get(2);
        assertThat(fromHtml.text()).contains("Владата денеска ги усвои измените на Законот за јавни набавки.");
        assertThat(fromHtml.title()).contains("Вест од HTML");
        // a local date-time is read in North Macedonia's zone (UTC+1 in winter)
        assertThat(fromHtml.published()).contains(OffsetDateTime.parse("2026-11-29T08:00:00+01:00"));
    }

    @Test
    void gzippedJsonlIsReadTheSame() {
        Path file = Resources.path("jsonl/vesti.jsonl.gz");
        Items items = Items.of(readers.open(file.toString()));
        assertTheSampleFile(items, file);
        assertThat(items.bytesRead).isEqualTo(file.toFile().length());
    }

    @Test
    void truncatedGzipEndsWithOneProblemAfterTheWholeLines(@TempDir Path dir) throws IOException {
        byte[] whole = Resources.bytes("jsonl/vesti.jsonl.gz");
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length - 30));
        Items items = Items.of(readers.open(cut.toString()));
        ReadItem last = items.all.get(items.all.size() - 1);
        assertThat(last).isInstanceOf(ReadItem.Problem.class);
        assertThat(((ReadItem.Problem) last).kind()).isEqualTo(ProblemKind.TRUNCATED);
        assertThat(((ReadItem.Problem) last).line()).startsWith(cut + ": the gzip stream ends early, after line ");
        assertThat(items.articles()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void lineLongerThanTheLimitIsRefusedAndTheNextLinesRead(@TempDir Path dir) throws IOException {
        String longLine = "{\"text\":\"" + "а".repeat(2000) + "\"}";
        Path file = Files.writeString(dir.resolve("dolgo.jsonl"),
                "{\"text\":\"Кратка.\"}\n" + longLine + "\r\n{\"text\":\"По долгата.\"}\r\n", StandardCharsets.UTF_8);
        Items items = Items.of(new SourceReaders(ReadOptions.defaults().withRecordLimit(1000)).open(file.toString()));
        assertThat(items.articles()).extracting(Article::text).containsExactly("Кратка.", "По долгата.");
        assertThat(items.problemLines()).containsExactly(file + ":2: line longer than the limit of 1000 bytes");
    }

    @Test
    void lastLineWithoutNewlineIsRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bez-kraj.jsonl"), "{\"text\":\"Прва.\"}\n{\"text\":\"Последна.\"}");
        assertThat(Items.of(readers.open(file.toString())).articles()).extracting(Article::text)
                .containsExactly("Прва.", "Последна.");
    }

    @Test
    void invalidUtf8IsNotJson(@TempDir Path dir) throws IOException {
        byte[] bytes = "{\"text\":\"X\"}\n".getBytes(StandardCharsets.UTF_8);
        bytes[9] = (byte) 0xC3;
        Path file = Files.write(dir.resolve("los.jsonl"), bytes);
        assertThat(Items.of(readers.open(file.toString())).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.NOT_JSON));
    }
}
