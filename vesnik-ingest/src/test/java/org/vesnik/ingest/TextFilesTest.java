package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.core.article.Article;

class TextFilesTest {

    private final SourceReaders readers = new SourceReaders();

    @Test
    void utf8FileGivesAnArticleWithItsHeadlineAsTitle() {
        Path file = Resources.path("text/naslov-utf8.txt");
        Items items = Items.of(readers.open(file.toString()));
        assertThat(items.problems()).isEmpty();
        Article article = items.articles().get(0);
        assertThat(article.title()).contains("Нов мост преку Вардар во Велес");
        assertThat(article.text()).startsWith("Општина Велес денеска").contains("1,2 милиони евра");
        assertThat(article.source()).isEqualTo(file.toString());
        assertThat(article.fetched()).isPresent();
        assertThat(items.bytesRead).isEqualTo(file.toFile().length());
    }

    @Test
    void windows1251FileIsDecoded() {
        Article article = Items.of(readers.open(Resources.path("text/sneg-cp1251.txt").toString())).articles().get(0);
        assertThat(article.title()).contains("Снег на Попова Шапка");
        assertThat(article.text()).contains("снежната покривка достигна 15 сантиметри");
    }

    @Test
    void sentenceBrokenAcrossLinesIsNotTakenForATitle() {
        Article article = Items.of(readers.open(Resources.path("text/bez-naslov.txt").toString())).articles().get(0);
        assertThat(article.title()).isEmpty();
        assertThat(article.text()).startsWith("Владата на седницата");
    }

    @Test
    void binaryFileIsNotText() {
        Path file = Resources.path("text/slika.txt");
        ReadItem.Problem problem = Items.of(readers.open(file.toString())).problems().get(0);
        assertThat(problem.kind()).isEqualTo(ProblemKind.NOT_TEXT);
        assertThat(problem.source()).isEqualTo(file.toString());
        assertThat(problem.reason()).contains("NUL byte");
    }

    @Test
    void emptyFileHasNoText(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("prazno.txt"), "  \n");
        assertThat(Items.of(readers.open(empty.toString())).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.NO_TEXT));
    }

    @Test
    void fileOverTheLimitIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path big = Files.writeString(dir.resolve("golemo.txt"), "а".repeat(3000));
        Items items = Items.of(new SourceReaders(ReadOptions.defaults().withRecordLimit(1000)).open(big.toString()));
        assertThat(items.problemLines()).containsExactly(big + ": file of 6000 bytes is larger than the limit of 1000 bytes");
    }

    @Test
    void missingFileIsOneProblem(@TempDir Path dir) {
        String missing = dir.resolve("nema.txt").toString();
        assertThat(Items.of(readers.open(missing)).problemLines()).containsExactly(missing + ": no such file or folder");
    }
}
