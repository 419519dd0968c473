package org.vesnik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vesnik.cli.CliRun.runIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    @TempDir
    Path dir;

    private Map<String, String> environment() {
        return Map.of("HOME", dir.resolve("home").toString(), "XDG_DATA_HOME", dir.resolve("data").toString());
    }

    private Path news(String name, String text) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news"));
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<String> hitLines(CliRun run) {
        return run.out().lines().filter(line -> line.matches("\\d+\\. .*") || line.startsWith("   ")).toList();
    }

    @Test
    void theSamplesIngestAndSearchWithNoFlags() {
        CliRun ingest = runIn(environment(), "ingest", "../samples");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Path archive = dir.resolve("data/vesnik/archive");
        assertThat(ingest.out()).startsWith(archive + ": ");
        assertThat(ingest.out()).contains("unsupported").contains("../samples/README.md");
        assertThat(Files.isDirectory(archive)).isTrue();

        CliRun cyrillic = runIn(environment(), "search", "Путин");
        assertThat(cyrillic.exitCode()).as(cyrillic.err()).isZero();
        assertThat(cyrillic.out()).startsWith("1 article matches 'Путин'").contains("seed-article.txt").contains("[Путин]");
        CliRun latin = runIn(environment(), "search", "Putin");
        assertThat(hitLines(latin)).isEqualTo(hitLines(cyrillic));
        CliRun soldier = runIn(environment(), "search", "војник");
        assertThat(soldier.out()).contains("seed-article.txt").contains("[војници]");
    }

    @Test
    void theArchiveOptionAndVesnikArchiveChooseTheFolder() throws IOException {
        Path text = news("a.txt", "Владата денеска го усвои буџетот за следната година.");
        Path named = dir.resolve("named");
        assertThat(runIn(Map.of("VESNIK_ARCHIVE", named.toString()), "ingest", text.toString()).exitCode()).isZero();
        assertThat(runIn(Map.of("VESNIK_ARCHIVE", named.toString()), "search", "буџет").out()).startsWith("1 article matches");
        Path option = dir.resolve("option");
        CliRun run = runIn(Map.of("VESNIK_ARCHIVE", named.toString()), "ingest", "--archive", option.toString(), text.toString());
        assertThat(run.out()).startsWith(option + ": 1 read, 1 new");
    }

    @Test
    void ingestingAgainChangesNothing() throws IOException {
        news("a.txt", "Владата денеска го усвои буџетот за следната година.");
        news("b.txt", "Собранието ќе гласа за законот во четврток.");
        String folder = dir.resolve("news").toString();
        assertThat(runIn(environment(), "ingest", folder).out()).contains(": 2 read, 2 new, 0 updated, 0 unchanged, 0 skipped");
        assertThat(runIn(environment(), "ingest", folder).out()).contains(": 2 read, 0 new, 0 updated, 2 unchanged, 0 skipped");
    }

    @Test
    void aMissingSourceIsOneLineAndExit66AndTheOthersAreStillIngested() throws IOException {
        Path text = news("a.txt", "Владата денеска го усвои буџетот за следната година.");
        CliRun run = runIn(environment(), "ingest", dir.resolve("nema.txt").toString(), text.toString());
        assertThat(run.exitCode()).isEqualTo(66);
        assertThat(run.out()).contains("1 new").contains(dir.resolve("nema.txt") + ": missing: no such file or folder");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aNamedSourceThatIsNotAnArticleIsBadDataAndExit65() throws IOException {
        Path text = news("a.txt", "Владата денеска го усвои буџетот за следната година.");
        Path image = Files.write(dir.resolve("slika.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        CliRun run = runIn(environment(), "ingest", image.toString(), text.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.out()).contains("1 new").contains(image + ": unsupported: ");
    }

    @Test
    void anotherLanguageIsCountedByLanguageAndNotArchived() throws IOException {
        news("mk.txt", "Владата денеска го усвои буџетот за следната година.");
        news("bg.txt", "Правителството одобри проектобюджета за следващата година. Министърът заяви, че дефицитът ще бъде малък.");
        CliRun run = runIn(environment(), "ingest", "--format", "json", dir.resolve("news").toString());
        assertThat(run.exitCode()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.get("read").asInt()).isEqualTo(2);
        assertThat(summary.get("new").asInt()).isEqualTo(1);
        assertThat(summary.get("skipped").asInt()).isEqualTo(1);
        assertThat(summary.get("skippedByLanguage").get("bg").asInt()).isEqualTo(1);
        assertThat(summary.get("archive").asText()).isEqualTo(dir.resolve("data/vesnik/archive").toString());
        assertThat(runIn(environment(), "search", "дефицитът").out()).startsWith("0 articles");
    }

    @Test
    void withoutAnnotationTextIsSearchableButHasNoEntities() throws IOException {
        news("a.txt", "Премиерот Христијан Мицкоски изјави дека буџетот е усвоен.");
        assertThat(runIn(environment(), "ingest", "--no-annotation", "--threads", "0", dir.resolve("news").toString()).exitCode())
                .isZero();
        assertThat(runIn(environment(), "search", "Мицкоски").out()).startsWith("1 article matches");
        assertThat(runIn(environment(), "entities").out()).startsWith("0 entities");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(runIn(environment(), "ingest", "--batch", "0", "x").exitCode()).isEqualTo(64);
        assertThat(runIn(environment(), "ingest").exitCode()).isEqualTo(64);
    }
}
