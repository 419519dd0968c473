package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.Highlight;
import org.vesnik.archive.News;
import org.vesnik.archive.SearchRequest;
import org.vesnik.archive.Snippet;
import org.vesnik.core.article.Article;

class SnippetTest {

    @TempDir
    Path dir;

    private Snippet snippet(String body, String query) {
        Article article = News.article("https://vesti.example.mk/snippet", "МИА", "2025-09-03T10:00:00+02:00", "Вест", body);
        Archives.ingest(dir, article);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            return archive.search(SearchRequest.of(query)).hits().get(0).snippet();
        }
    }

    private static void assertFromOriginal(String body, Snippet snippet) {
        assertThat(body.substring(snippet.start(), snippet.end())).isEqualTo(snippet.text());
        for (Highlight h : snippet.highlights()) {
            assertThat(h.start()).isGreaterThanOrEqualTo(snippet.start());
            assertThat(h.end()).isLessThanOrEqualTo(snippet.end());
        }
    }

    @Test
    void highlightsPointAtTheOriginalWordsWhereCleanupChangedTheText() {
        // a glued full stop (КЦНА.Ким), a soft hyphen inside војниците, a Latin a inside Рускaта,
        // a no-break space and a line broken inside a sentence: cleanup repairs all of them
        String body = "Агенцијата КЦНА.Ким Џонг Ун ги пофали вој\u00ADниците на фронтот.\n"
                + "Рускaта\u00A0делегација пристигна\nво Пјонгјанг.";
        Snippet soldiers = snippet(body, "војник");
        assertFromOriginal(body, soldiers);
        assertThat(soldiers.highlights()).singleElement()
                .satisfies(h -> assertThat(body.substring(h.start(), h.end())).isEqualTo("вој\u00ADниците"));
    }

    @Test
    void aWordWithALatinLetterInsideIsFoundAndShownAsWritten() {
        String body = "Рускaта делегација пристигна во Пјонгјанг, а Ким ја пречека.";
        Snippet snippet = snippet(body, "руската");
        assertFromOriginal(body, snippet);
        assertThat(snippet.highlights()).singleElement()
                .satisfies(h -> assertThat(body.substring(h.start(), h.end())).isEqualTo("Рускaта"));
    }

    @Test
    void aLatinQueryHighlightsTheCyrillicName() {
        String body = "Претседателот Владимир Путин се сретна со Ким Џонг Ун.";
        Snippet snippet = snippet(body, "Putin");
        assertThat(snippet.highlights()).singleElement()
                .satisfies(h -> assertThat(body.substring(h.start(), h.end())).isEqualTo("Путин"));
    }

    @Test
    void aLongArticleGivesAShortSnippetAroundTheMatch() {
        Random random = new Random(7);
        String[] words = {"владата", "собранието", "општината", "граѓаните", "проектот", "денеска", "годинава", "ќе", "и", "на"};
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            body.append(words[random.nextInt(words.length)]).append(i % 40 == 39 ? ". " : " ");
            if (i == 450) {
                body.append("Пелистер ");
            }
        }
        String text = body.toString();
        Snippet snippet = snippet(text, "Пелистер");
        assertFromOriginal(text, snippet);
        assertThat(snippet.text().length()).isLessThanOrEqualTo(SnippetFormatter.MAX_LENGTH);
        assertThat(snippet.highlights()).singleElement()
                .satisfies(h -> assertThat(text.substring(h.start(), h.end())).isEqualTo("Пелистер"));
        // cut at spaces, not inside words
        assertThat(snippet.start() == 0 || Character.isWhitespace(text.charAt(snippet.start() - 1))).isTrue();
        assertThat(snippet.end() == text.length() || Character.isWhitespace(text.charAt(snippet.end()))
                || !Character.isLetter(text.charAt(snippet.end()))).isTrue();
    }

    @Test
    void aHitWithoutAMatchInTheBodyShowsItsOpening() {
        String body = "Фудбалерите на Вардар синоќа победија.\n\nТренерот беше задоволен.";
        Snippet snippet = snippet(body, "title:Вест");
        assertFromOriginal(body, snippet);
        assertThat(snippet.start()).isZero();
        assertThat(snippet.highlights()).isEmpty();
    }
}
