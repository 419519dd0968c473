package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReadersTest {

    private final SourceReaders readers = new SourceReaders();

    @Test
    void urlsOfOtherSchemesAreRefused() {
        assertThat(Items.of(readers.open("ftp://example.org/vesti.txt")).problemLines())
                .containsExactly("ftp://example.org/vesti.txt: only http and https URLs are read, not ftp: "
                        + "(give a local file by its path)");
        assertThat(Items.of(readers.open("file:///etc/passwd")).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNSUPPORTED));
        assertThat(Items.of(readers.open("jar:file:/x.jar!/a.txt")).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNSUPPORTED));
    }

    @Test
    void aSourceWithASchemeIsAUrl() {
        assertThat(SourceReaders.isUrl("https://mia.mk/vest")).isTrue();
        assertThat(SourceReaders.isUrl("HTTP://MIA.MK/")).isTrue();
        assertThat(SourceReaders.isUrl("ftp://example.org/vesti.txt")).as("refused, but as a URL").isTrue();
        assertThat(SourceReaders.isUrl("file:/etc/passwd")).isTrue();
        assertThat(SourceReaders.isUrl("vesti/2025/a.txt")).isFalse();
        assertThat(SourceReaders.isUrl("C:\\vesti\\a.txt")).as("a drive letter is no scheme").isFalse();
        assertThat(SourceReaders.isUrl(null)).isFalse();
    }

    @Test
    void theFetcherWaitsWithTheClockAndSleeperItIsGiven() {
        TestClock clock = new TestClock();
        try (LocalServer server = new LocalServer()) {
            server.page("/a", "text/plain; charset=utf-8", "Прва вест.");
            server.page("/b", "text/plain; charset=utf-8", "Втора вест.");
            SourceReaders timed = new SourceReaders(ReadOptions.defaults(), clock, clock.sleeper());
            Items items = Items.of(timed.open(List.of(server.url("/a").toString(), server.url("/b").toString())));
            assertThat(items.articles()).hasSize(2);
            assertThat(items.articles().get(1).fetched()).contains(clock.instant());
            assertThat(clock.sleeps()).as("the host's politeness delay, slept on the test's clock").isNotEmpty()
                    .allMatch(d -> d.compareTo(Duration.ofSeconds(1)) <= 0);
        }
    }

    @Test
    void unknownFileKindIsUnsupported(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("izvestaj.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        assertThat(Items.of(readers.open(pdf.toString())).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNSUPPORTED));
    }

    @Test
    void missingSourceIsOneProblem() {
        assertThat(Items.of(readers.open("nema-takov-fajl.jsonl")).problemLines())
                .containsExactly("nema-takov-fajl.jsonl: no such file or folder");
        assertThat(Items.of(readers.open(" ")).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.MISSING));
    }

    @Test
    void severalSourcesAreReadOneAfterTheOther(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Прва\nТекст.");
        Path b = Files.writeString(dir.resolve("b.jsonl"), "{\"text\":\"Втора.\"}\n{\"text\":\"Трета.\"}\n");
        Items items = Items.of(readers.open(List.of(b.toString(), "nema.txt", a.toString())));
        assertThat(items.all).extracting(ReadItem::source).containsExactly(b + ":1", b + ":2", "nema.txt", a.toString());
        assertThat(items.bytesRead).isEqualTo(Files.size(a) + Files.size(b));
    }

    @Test
    void openingReadsNothing(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Текст.");
        ArticleReader reader = readers.open(a.toString());
        Files.delete(a);
        assertThat(Items.of(reader).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.MISSING));
    }
}
