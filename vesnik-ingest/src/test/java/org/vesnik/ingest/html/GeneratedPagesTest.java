package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.ReadItem;

/**
 * Invariants on 400 generated pages (seeded, so a failure repeats): the extractor gives an
 * article or a documented problem, never an exception; the article's text is paragraphs of
 * words the page shows, in the page's order (a removed box may join the text around it), none
 * blank and none the headline; the same page gives the same result.
 */
class GeneratedPagesTest {

    private static final Instant FETCHED = Instant.parse("2026-01-20T10:00:00Z");

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void generatedPagesKeepTheInvariants() {
        int articles = 0;
        for (long seed = 1; seed <= 400; seed++) {
            String html = new RandomPages(seed).page(10 + (int) (seed % 120));
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            ReadItem item = extractor.read(bytes, null, "seed-" + seed, "https://example.mk/a/" + seed, FETCHED);
            assertThat(extractor.read(bytes, null, "seed-" + seed, "https://example.mk/a/" + seed, FETCHED))
                    .as("seed %d is deterministic", seed).isEqualTo(item);
            if (item instanceof ReadItem.Problem problem) {
                assertThat(problem.kind()).as("seed %d", seed).isIn(ProblemKind.NO_ARTICLE, ProblemKind.NOT_TEXT);
                continue;
            }
            articles++;
            Article article = ((ReadItem.Found) item).article();
            // jsoup's text() puts a space where a script stood, browsers do not: compare without spaces
            String shown = spaced(Jsoup.parse(html).body().text()).replace(" ", "");
            int at = 0;
            for (String paragraph : article.text().split("\n\n", -1)) {
                assertThat(paragraph).as("seed %d", seed).isNotBlank().isEqualTo(paragraph.strip());
                for (String word : spaced(paragraph).split(" ")) {
                    int found = shown.indexOf(word, at);
                    assertThat(found).as("seed %d: '%s' shown on the page after character %d", seed, word, at).isNotNegative();
                    at = found + word.length();
                }
                assertThat(article.title()).as("seed %d: headline apart", seed).isNotEqualTo(java.util.Optional.of(paragraph));
            }
        }
        // the generator must give the extractor something to find, or the test checks nothing
        assertThat(articles).isGreaterThan(200);
    }

    /** Any run of white space as one plain space, and no control characters, as a browser shows text. */
    private static String spaced(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
