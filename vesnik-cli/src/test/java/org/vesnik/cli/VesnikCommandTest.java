package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vesnik.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VesnikCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void demoAnnotatesTheSampleArticle() {
        CliRun run = run("demo");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("15 sentences").contains("glued-sentence");
        assertThat(run.out().lines().filter(l -> l.startsWith("Ким и Путин се сретнаа"))).hasSize(1);
    }

    @Test
    void explainNamesTheRuleOfEachDecisionAndChangesNothingElse() throws IOException {
        Path news = file("news.txt", "„Ќе дојдам“, рече министерот Бранко Цветковски во среда.");
        ObjectMapper json = new ObjectMapper();
        JsonNode plain = json.readTree(run("annotate", "--date", "2025-09-04", news.toString()).out());
        JsonNode explained = json.readTree(run("annotate", "--explain", "--date", "2025-09-04", news.toString()).out());
        assertThat(explained.at("/entities/0/rule").asText()).isEqualTo("title-before");
        assertThat(explained.at("/quotations/0/rule").asText()).isEqualTo("reporter-about");
        assertThat(explained.at("/quotations/0/source/rule").asText()).isEqualTo("named-after-verb-after/name-after-head-noun");
        assertThat(explained.at("/dates/0/rule").asText()).isEqualTo("weekday");
        ((com.fasterxml.jackson.databind.node.ObjectNode) explained.at("/entities/0")).remove("rule");
        ((com.fasterxml.jackson.databind.node.ObjectNode) explained.at("/quotations/0")).remove("rule");
        ((com.fasterxml.jackson.databind.node.ObjectNode) explained.at("/quotations/0/source")).remove("rule");
        ((com.fasterxml.jackson.databind.node.ObjectNode) explained.at("/dates/0")).remove("rule");
        assertThat(explained).isEqualTo(plain);
        assertThat(run("annotate", "--explain", "--format", "text", news.toString()).out())
                .contains("[types: title-before]").contains("[rule: reporter-about] [source: named-after-verb-after/name-after-head-noun]");
        assertThat(run("demo", "--explain").out()).contains("[types: known-name");
    }

    @Test
    void layersChooseWhatIsWrittenAndAnUnknownOneIsAUsageError() throws IOException {
        Path news = file("news.txt", "„Ќе дојдам“, рече Марко во среда.");
        JsonNode chosen = new ObjectMapper().readTree(run("annotate", "--layers", "text,dates", news.toString()).out());
        assertThat(chosen.fieldNames()).toIterable().containsExactly("schemaVersion", "source", "text", "dates");
        assertThat(run("annotate", "--format", "text", "--layers", "dates", news.toString()).out())
                .contains("# date").doesNotContain("# quote");
        CliRun unknown = run("annotate", "--layers", "entities,names", news.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown layer names for --layers: choose among text, encoding,");
        assertThat(run("annotate", "--format", "conllu", "--layers", "entities", news.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void severalFilesGiveJsonLinesInInputOrder() throws IOException {
        Path a = file("a.txt", "Прва вест. Втора реченица.");
        Path b = file("b.txt", "Друга вест.");
        CliRun run = run("annotate", a.toString(), b.toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("source").asText()).isEqualTo(a.toString());
        assertThat(first.get("sentences")).hasSize(2);
        assertThat(json.readTree(lines.get(1)).get("source").asText()).isEqualTo(b.toString());
    }

    @Test
    void severalFilesInConlluStartEachWithNewdoc() throws IOException {
        Path a = file("a.txt", "Прва вест.");
        Path b = file("b.txt", "Друга вест.");
        CliRun run = run("annotate", "--format", "conllu", a.toString(), b.toString());
        assertThat(run.out().lines().filter(l -> l.startsWith("# newdoc id = ")))
                .containsExactly("# newdoc id = " + a, "# newdoc id = " + b);
        assertThat(run.out()).contains("# sent_id = 1-1").contains("# sent_id = 2-1");
    }

    @Test
    void aBadFileIsReportedAndTheOthersStillWritten() throws IOException {
        Path good = file("good.txt", "Добра вест.");
        Path bad = dir.resolve("bad.txt");
        byte[] bytes = "Лоша вест ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        broken[bytes.length] = (byte) 0xFF;
        Files.write(bad, broken);
        Path missing = dir.resolve("missing.txt");
        CliRun run = run("annotate", "--format", "text", bad.toString(), good.toString(), missing.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains("vesnik: " + bad + ": line 1, byte " + bytes.length + ": invalid UTF-8 byte 0xFF");
        assertThat(run.err()).contains(missing + ": no such file");
        assertThat(run.out()).contains("Добра вест .");
    }

    @Test
    void missingFileAloneExitsWith66() {
        CliRun run = run("annotate", dir.resolve("nothing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(66);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void standardInputIsReadWithDashOrNoFile() {
        byte[] stdin = "Од стандарден влез.".getBytes(StandardCharsets.UTF_8);
        assertThat(run(stdin, "annotate", "--format", "text").out()).contains("Од стандарден влез .");
        assertThat(run(stdin, "annotate", "--format", "text", "-").out()).contains("Од стандарден влез .");
    }

    @Test
    void emptyAndBlankInputsGiveEmptyDocuments() throws IOException {
        for (String content : new String[] {"", "  \n\t\n"}) {
            Path p = file("blank.txt", content);
            CliRun run = run("annotate", p.toString());
            assertThat(run.exitCode()).isZero();
            JsonNode doc = new ObjectMapper().readTree(run.out());
            assertThat(doc.get("sentences")).isEmpty();
            assertThat(doc.get("text").asText()).isEqualTo(content);
        }
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "Ким и Путин се сретнаа во среда на маргините на прославите.\n".getBytes(StandardCharsets.UTF_8);
            long written = 0;
            while (written < 50L * 1024 * 1024) {
                out.write(line);
                written += line.length;
            }
        }
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        CliRun run = run("annotate", big.toString());
        long after = rt.totalMemory() - rt.freeMemory();
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains(big.toString()).contains("larger than the limit").contains("--max-bytes");
        assertThat(after - before).as("memory used").isLessThan(20L * 1024 * 1024);
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = run("annotate", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("xml");
    }

    @Test
    void windows1251FileIsDecoded() throws IOException {
        Path p = dir.resolve("cp1251.txt");
        Files.write(p, "Ѓорѓи и Ќиро ѕвонеа.".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        CliRun run = run("annotate", "--format", "json", p.toString());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("encoding").get("charset").asText()).isEqualTo("windows-1251");
        assertThat(doc.get("text").asText()).isEqualTo("Ѓорѓи и Ќиро ѕвонеа.");
    }

    @Test
    void aMissingHunspellDictionaryIsReported() {
        CliRun run = run("Текст.".getBytes(StandardCharsets.UTF_8), "annotate", "--hunspell", dir.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(66);
        assertThat(run.err()).contains("Hunspell").contains("none");
    }

    @Test
    void theTextFormatSummarisesEntitiesQuotationsClaimsAndDates() {
        CliRun run = run("annotate", "--format", "text", "--date", "2025-09-04", "../samples/seed-article.txt");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("# entity PER  Ким Џонг Ун (Kim Jong Un): 9 mentions")
                .contains("КЦНА: \"Другарот Ким Џонг Ун")
                .contains("\"околу 2.000 севернокорејски војници\" = 2000 [approximately]")
                .contains("\"среда\" -> 2025-09-03");
        assertThat(run("annotate", "--date", "September 4", "../samples/seed-article.txt").exitCode()).isEqualTo(64);
    }
}
