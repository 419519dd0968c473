package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.core.article.Article;

class HtmlFilesTest {

    private final SourceReaders readers = new SourceReaders();

    @Test
    void pageFileGivesItsArticle(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("vest.html"), Served.page("Изложба во Даут-пашиниот амам",
                "Во Даут-пашиниот амам вечерва се отвора изложба на современа македонска графика."));
        Article article = Items.of(readers.open(file.toString())).articles().get(0);
        assertThat(article.text()).contains("изложба на современа македонска графика");
        assertThat(article.source()).isEqualTo(file.toString());
        assertThat(article.fetched()).isPresent();
    }

    @Test
    void brokenHtmlFileStillGivesItsText(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("skrseno.htm"), "<html><body><div><p>Незатворен пасус <i>со текст");
        assertThat(Items.of(readers.open(file.toString())).articles()).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("Незатворен пасус"));
    }

    @Test
    void pageFileWithNoArticleIsAProblem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("prazno.html"), Served.EMPTY_PAGE);
        assertThat(Items.of(readers.open(file.toString())).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.NO_ARTICLE));
    }

    @Test
    void bytesThatAreNotHtmlAreAProblem(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("dokument.html"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1});
        assertThat(Items.of(readers.open(file.toString())).problemLines())
                .containsExactly(file + ": not HTML: a PDF document");
    }
}
