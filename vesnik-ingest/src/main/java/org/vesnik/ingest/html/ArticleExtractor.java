package org.vesnik.ingest.html;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vesnik.core.article.Article;

/**
 * Finds a web page's article: its main text without navigation, share buttons, related news,
 * comments and captions, and its metadata (title, author, dates, outlet, canonical URL, lead).
 * Thread-safe.
 */
public final class ArticleExtractor {

    /**
     * The article of a page, or empty when the page has none (a section front, a login page).
     *
     * @param html        the page's bytes as received
     * @param contentType the HTTP Content-Type header, when known (its charset wins)
     * @param source      what the reader was given (a path or URL), kept as the article's source
     * @param url         the URL the page was fetched from, when known (resolves relative links)
     * @param fetched     when the page was fetched, to resolve {@code пред 2 часа}; null if unknown
     */
    public Optional<Article> extract(byte[] html, String contentType, String source, String url, Instant fetched) {
        // placeholder until the extractor lands: all visible text
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8), url == null ? "" : url);
        String text = page.body() == null ? "" : page.body().text();
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Article.builder(source, text).title(page.title()).url(url).fetched(fetched).build());
    }
}
