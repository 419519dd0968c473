package org.vesnik.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.fetch.FetchResult;
import org.vesnik.ingest.fetch.Fetcher;

/**
 * Makes an article of one feed item: the page it links to, fetched and extracted, with the
 * item's title, date, author and the feed's outlet filling what the page lacks; or, when the
 * page cannot be had, the item's own content or description. The feed reader and the feed
 * watcher both read items through here.
 */
final class FeedItems {

    private final Optional<Fetcher> fetcher;
    private final PageArticles pages;

    /** @param fetcher how linked pages are fetched; empty to read items from the feed's text alone */
    FeedItems(Optional<Fetcher> fetcher, PageArticles pages) {
        this.fetcher = fetcher;
        this.pages = pages;
    }

    /** What identifies an item across polls: its guid or id, else its link, else its title. */
    static String key(SyndEntry entry) {
        for (String candidate : new String[] {entry.getUri(), entry.getLink(), entry.getTitle()}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }

    /**
     * @param feedSource the feed's path or URL
     * @param index      the item's place in the feed, from 1, naming an item with no link
     * @param feedFetched when the feed was fetched (or its file written): an article of the
     *                    item's own text was had then
     */
    ReadItem read(SyndFeed feed, SyndEntry entry, String feedSource, int index, Optional<Instant> feedFetched) {
        Optional<String> link = httpLink(entry);
        String source = link.orElse(feedSource + ": item " + index);
        Optional<String> ownText = ownText(entry);
        String pageProblem = "";
        ProblemKind pageKind = ProblemKind.NO_TEXT;
        Optional<Instant> fetched = Optional.empty();
        if (link.isPresent() && fetcher.isPresent()) {
            FetchResult result = fetcher.get().fetch(URI.create(link.get()));
            if (result instanceof FetchResult.Page page) {
                fetched = Optional.of(page.fetched());
                ReadItem item = pages.read(page.body(), page.contentType(), link.get(),
                        Optional.of(page.finalUrl().toString()), fetched);
                if (item instanceof ReadItem.Found found) {
                    return new ReadItem.Found(withItemValues(found.article().toBuilder(), feed, entry, link, Optional.of(found.article()))
                            .build());
                }
                ReadItem.Problem problem = (ReadItem.Problem) item;
                pageKind = problem.kind();
                pageProblem = problem.reason();
            } else if (result instanceof FetchResult.Failed failed) {
                pageKind = failed.kind();
                pageProblem = failed.reason();
            } else {
                fetched = Optional.of(((FetchResult.NotModified) result).fetched());
                pageKind = ProblemKind.NO_TEXT;
                pageProblem = "the page is unchanged since it was last fetched";
            }
        }
        if (ownText.isPresent()) {
            Article.Builder builder = Article.builder(source, ownText.get())
                    .fetched(fetched.or(() -> feedFetched).orElse(null));
            return new ReadItem.Found(withItemValues(builder, feed, entry, link, Optional.empty()).build());
        }
        if (pageProblem.isEmpty()) {
            return new ReadItem.Problem(source, ProblemKind.NO_TEXT,
                    link.isPresent() ? "the feed item has no text and its page was not fetched"
                            : "the feed item has neither a link nor text");
        }
        return new ReadItem.Problem(source, pageKind, pageProblem + "; the feed item has no text of its own");
    }

    /** Fills what the page did not say (or, for an article of the feed's text, everything) from the item. */
    private static Article.Builder withItemValues(Article.Builder builder, SyndFeed feed, SyndEntry entry,
            Optional<String> link, Optional<Article> fromPage) {
        if (fromPage.flatMap(Article::title).isEmpty()) {
            builder.title(entry.getTitle());
        }
        if (fromPage.flatMap(Article::published).isEmpty()) {
            ArticleDates.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())
                    .ifPresent(builder::published);
        }
        if (fromPage.flatMap(Article::author).isEmpty()) {
            builder.author(entry.getAuthor());
        }
        if (fromPage.map(PageArticles::outletUnnamed).orElse(true) && feed.getTitle() != null && !feed.getTitle().isBlank()) {
            builder.outlet(feed.getTitle());
        }
        if (fromPage.flatMap(Article::language).isEmpty()) {
            builder.language(language(feed.getLanguage()));
        }
        if (fromPage.flatMap(Article::url).isEmpty()) {
            builder.url(link.orElse(null));
        }
        return builder;
    }

    private static Optional<String> httpLink(SyndEntry entry) {
        for (String candidate : new String[] {entry.getLink(), entry.getUri()}) {
            if (candidate != null) {
                String s = candidate.strip().toLowerCase(Locale.ROOT);
                if (s.startsWith("http://") || s.startsWith("https://")) {
                    try {
                        URI.create(candidate.strip());
                        return Optional.of(candidate.strip());
                    } catch (IllegalArgumentException malformed) {
                        // try the next one
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ownText(SyndEntry entry) {
        String html = entry.getContents().stream().map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
        if (html.isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html = entry.getDescription().getValue();
        }
        String text = FeedText.plain(html);
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** {@code mk-MK} and {@code mk} both give {@code mk}, as Article's language is ISO 639-1. */
    private static String language(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        return dash > 0 ? code.substring(0, dash) : code;
    }
}
