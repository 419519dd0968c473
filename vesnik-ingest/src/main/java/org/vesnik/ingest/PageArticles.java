package org.vesnik.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.html.ArticleExtractor;

/**
 * Turns a web page's bytes into an article with the HTML extractor, or into the problem that
 * explains why there is none (bytes that are not HTML, a page with no article). Every reader
 * that meets a page (HTML files, fetched URLs, feed items, sitemap entries, WARC records, JSONL
 * {@code html}) goes through here.
 */
final class PageArticles {

    private final ArticleExtractor extractor;

    PageArticles(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    ReadItem read(byte[] body, Optional<String> contentType, String source, Optional<String> url,
            Optional<Instant> fetched) {
        if (!MarkupSniffer.looksLikeMarkup(body)) {
            return new ReadItem.Problem(source, ProblemKind.NOT_HTML,
                    "not HTML: " + MarkupSniffer.describeBinary(body));
        }
        Optional<Article> article;
        try {
            article = extractor.extract(body, contentType.orElse(null), source, url.orElse(null), fetched.orElse(null));
        } catch (RuntimeException e) {
            // the page is reported, not lost with the rest of the input, whatever the extractor met
            return new ReadItem.Problem(source, ProblemKind.NO_ARTICLE, "the extractor failed on the page: " + e);
        }
        if (article.isEmpty()) {
            return new ReadItem.Problem(source, ProblemKind.NO_ARTICLE,
                    "no article on the page (a section front, a login page, or no text)");
        }
        return new ReadItem.Found(article.get());
    }

    /**
     * Whether a page's article lacks an outlet's name: it has none, or only the host it came from,
     * the extractor's last resort. A feed's title or a news sitemap's publication name says more,
     * and takes the host's place.
     */
    static boolean outletUnnamed(Article page) {
        if (page.outlet().isEmpty()) {
            return true;
        }
        String outlet = page.outlet().get();
        return Stream.of(page.url(), Optional.of(page.source())).flatMap(Optional::stream)
                .flatMap(u -> host(u).stream()).anyMatch(outlet::equalsIgnoreCase);
    }

    /** A URL's host as the extractor names an outlet by it: lower case, without {@code www.}. */
    private static Optional<String> host(String url) {
        try {
            String host = new URI(url.replace(" ", "%20")).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
