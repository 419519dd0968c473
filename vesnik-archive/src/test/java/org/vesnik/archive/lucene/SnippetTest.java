package org.vesnik.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vesnik.archive.ArticleHit;
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

    /**
     * Seeded random articles with the defects cleanup repairs (soft hyphens and Latin look-alikes
     * inside words, glued full stops, odd spaces): every snippet is the original text at its
     * offsets, and every highlight is a form of the word searched for.
     */
    @Test
    void everySnippetAndHighlightIsTheOriginalTextOfAMatch() {
        Random random = new Random(20250906);
        String[] words = {"владата", "војниците", "општината", "граѓаните", "проектот", "Скопје", "Охрид", "буџетот",
            "собранието", "министерот", "денеска", "годинава", "патиштата", "болницата"};
        List<Article> articles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            StringBuilder body = new StringBuilder();
            int n = 20 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                String word = words[random.nextInt(words.length)];
                switch (random.nextInt(8)) {
                    case 0 -> word = word.substring(0, word.length() / 2) + "\u00AD" + word.substring(word.length() / 2);
                    case 1 -> word = word.replaceFirst("а", "a").replaceFirst("о", "o"); // Latin look-alikes
                    default -> { }
                }
                body.append(word);
                int gap = random.nextInt(12);
                body.append(gap == 0 ? "." : gap == 1 ? ".\n" : gap == 2 ? "\u00A0" : gap == 3 ? "  " : " ");
            }
            bodies.add(body.toString());
            articles.add(News.article("https://vesti.example.mk/r" + a, "МИА", "2025-09-03T10:00:00+02:00", "Вест " + a,
                    body.toString()));
        }
        Archives.ingest(dir, articles);
        int checked = 0;
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            for (String word : words) {
                String wanted = analyzed(word);
                for (ArticleHit hit : archive.search(SearchRequest.of(word).withPage(1, 30)).hits()) {
                    String body = bodies.get(Integer.parseInt(hit.id().substring(hit.id().lastIndexOf('r') + 1)));
                    assertFromOriginal(body, hit.snippet());
                    assertThat(hit.snippet().text().length()).isLessThanOrEqualTo(SnippetFormatter.MAX_LENGTH);
                    for (Highlight h : hit.snippet().highlights()) {
                        assertThat(analyzed(body.substring(h.start(), h.end()))).as("%s in %s", word, hit.id()).isEqualTo(wanted);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    /** The one term the archive's analyzer makes of a word. */
    private static String analyzed(String word) {
        try (TokenStream stream = ArchiveSchema.ANALYZER.tokenStream(ArchiveSchema.BODY, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            StringBuilder terms = new StringBuilder();
            while (stream.incrementToken()) {
                terms.append(terms.length() == 0 ? "" : " ").append(term);
            }
            stream.end();
            return terms.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
