package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTest {

    private static final ReadOptions OFFLINE = ReadOptions.defaults().withFetchLinkedPages(false);

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void filesAreReadRecursivelyInNameOrderAndOthersReportedWithoutStopping(@TempDir Path dir) throws IOException {
        write(dir.resolve("b.txt"), "Втора\nТекст на втората вест.");
        write(dir.resolve("a/z.txt"), "Трета\nТекст на третата вест.");
        write(dir.resolve("a/c.txt"), "Прва\nТекст на првата вест.");
        write(dir.resolve("README.md"), "# Вести\n");
        write(dir.resolve("c/vesti.jsonl"), "{\"title\":\"Четврта\",\"text\":\"Текст на четвртата вест.\"}\n");
        write(dir.resolve(".git/config"), "[core]\n");
        write(dir.resolve(".DS_Store"), "x");

        Items items = Items.of(new SourceReaders(OFFLINE).open(dir.toString()));

        assertThat(items.all.stream().map(ReadItem::source).collect(Collectors.toList())).containsExactly(
                dir.resolve("README.md").toString(),
                dir.resolve("a/c.txt").toString(),
                dir.resolve("a/z.txt").toString(),
                dir.resolve("b.txt").toString(),
                dir.resolve("c/vesti.jsonl") + ":1");
        assertThat(items.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.UNSUPPORTED);
            assertThat(p.reason()).startsWith("not a kind of file vesnik reads");
        });
        assertThat(items.articles()).extracting(a -> a.title().orElse("")).containsExactly("Прва", "Трета", "Втора",
                "Четврта");
        assertThat(items.skipped).isEqualTo(2);
    }

    @Test
    void everyKindInAFolderGoesToItsReader(@TempDir Path dir) throws IOException {
        Files.copy(Resources.path("feeds/rss2-mk.xml"), dir.resolve("1-rss.xml"));
        Files.copy(Resources.path("text/naslov-utf8.txt"), dir.resolve("2-vest.txt"));
        write(dir.resolve("3-strana.html"), "<html><head><title>Наслов</title></head><body><article>"
                + "<p>Текстот на веста е тука, доволно долг за да биде статија.</p></article></body></html>");
        Items items = Items.of(new SourceReaders(OFFLINE).open(dir.toString()));
        assertThat(items.problems()).isEmpty();
        List<String> sources = items.all.stream().map(ReadItem::source).collect(Collectors.toList());
        assertThat(sources).hasSize(3 + 2);
        assertThat(sources.get(3)).isEqualTo(dir.resolve("2-vest.txt").toString());
        assertThat(sources.get(4)).isEqualTo(dir.resolve("3-strana.html").toString());
    }

    @Test
    void emptyFolderGivesNothing(@TempDir Path dir) {
        assertThat(Items.of(new SourceReaders().open(dir.toString())).all).isEmpty();
    }
}
