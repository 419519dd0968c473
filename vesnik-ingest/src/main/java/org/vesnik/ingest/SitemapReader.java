package org.vesnik.ingest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.fetch.FetchResult;

/**
 * Reads a sitemap, a news sitemap or a sitemap index (crawler-commons' {@code SiteMapParser},
 * which refuses DTDs and external entities): each URL is fetched and extracted, with the news
 * extension's publication date, title, publication name and language filling what the page
 * lacks. An index's sitemaps are fetched one at a time, each once.
 */
final class SitemapReader implements ArticleReader {

    /** More sitemaps than this from one index are not followed (a sitemap index holds at most 50,000). */
    private static final int MAX_SITEMAPS = 50_000;

    private final ReaderContext context;
    private final Deque<URL> sitemaps = new ArrayDeque<>();
    private final Set<String> seenSitemaps = new HashSet<>();
    private final Deque<SiteMapURL> urls = new ArrayDeque<>();
    private byte[] first;
    private final String firstSource;
    private final URL firstUrl;
    private final long size;
    private long skipped;
    private boolean done;

    SitemapReader(byte[] bytes, String source, URL url, ReaderContext context) {
        this.first = bytes;
        this.firstSource = source;
        this.firstUrl = url;
        this.size = bytes.length;
        this.context = context;
        seenSitemaps.add(url.toString());
    }

    @Override
    public Optional<ReadItem> next() {
        if (done) {
            return Optional.empty();
        }
        if (first != null) {
            byte[] bytes = first;
            first = null;
            Optional<ReadItem.Problem> problem = add(bytes, firstSource, firstUrl);
            if (problem.isPresent()) {
                return Optional.of(problem.get());
            }
        }
        while (true) {
            if (!urls.isEmpty()) {
                Optional<ReadItem> item = page(urls.poll());
                if (item.isPresent()) {
                    return item;
                }
                continue;
            }
            if (sitemaps.isEmpty()) {
                done = true;
                return Optional.empty();
            }
            Optional<ReadItem.Problem> problem = fetchSitemap(sitemaps.poll());
            if (problem.isPresent()) {
                return Optional.of(problem.get());
            }
        }
    }

    private Optional<ReadItem.Problem> fetchSitemap(URL url) {
        FetchResult result;
        try {
            result = fetch(url);
        } catch (ReadFailure e) {
            return Optional.of(e.problem());
        }
        if (!(result instanceof FetchResult.Page)) {
            return notAPage(result);
        }
        FetchResult.Page page = (FetchResult.Page) result;
        byte[] bytes = page.body();
        boolean gzipped = bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
        if (gzipped) {
            try {
                bytes = context.options().recordLimit().readAll(new GZIPInputStream(new ByteArrayInputStream(bytes)));
            } catch (IOException e) {
                return Optional.of(new ReadItem.Problem(url.toString(),
                        e instanceof org.vesnik.ingest.io.TooLargeException ? ProblemKind.TOO_LARGE : ProblemKind.CORRUPT,
                        "gzipped sitemap: " + e.getMessage()));
            }
        }
        return add(bytes, url.toString(), url);
    }

    /** Parses one sitemap and queues its URLs or, for an index, its sitemaps. */
    private Optional<ReadItem.Problem> add(byte[] bytes, String source, URL url) {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap("application/xml", bytes, url);
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            String message = messages(e);
            return Optional.of(new ReadItem.Problem(source, ProblemKind.NOT_FEED,
                    message.contains("DOCTYPE") ? "not read: the sitemap has a DOCTYPE, and DTDs and entities are never read"
                            : "not a sitemap: " + message));
        }
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                if (seenSitemaps.size() < MAX_SITEMAPS && seenSitemaps.add(child.getUrl().toString())) {
                    sitemaps.add(child.getUrl());
                }
            }
        } else {
            urls.addAll(((SiteMap) map).getSiteMapUrls());
        }
        return Optional.empty();
    }

    private FetchResult fetch(URL url) throws ReadFailure {
        URI uri;
        try {
            // the constructor of parts quotes what a sitemap leaves raw (spaces, non-ASCII letters)
            uri = new URI(url.getProtocol(), url.getUserInfo(), url.getHost(), url.getPort(), url.getPath(),
                    url.getQuery(), url.getRef());
        } catch (URISyntaxException e) {
            throw new ReadFailure(url.toString(), ProblemKind.HTTP, "malformed URL in a sitemap: " + e.getMessage());
        }
        return context.fetcher().fetch(uri);
    }

    /** A failed fetch as its problem; a 304 (the page is as it was when last read) is counted and passed over. */
    private Optional<ReadItem.Problem> notAPage(FetchResult result) {
        if (result instanceof FetchResult.Failed failed) {
            return Optional.of(failed.toProblem());
        }
        skipped++;
        return Optional.empty();
    }

    /** The exception's message and its causes', as crawler-commons says only "Failed to parse" on top. */
    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            sb.append(" (").append(cause.getMessage()).append(')');
        }
        return sb.toString();
    }

    private Optional<ReadItem> page(SiteMapURL entry) {
        String url = entry.getUrl().toString();
        if (!context.options().fetchLinkedPages()) {
            return Optional.of(new ReadItem.Problem(url, ProblemKind.NO_TEXT,
                    "a sitemap entry has no text of its own, and linked pages are not fetched"));
        }
        FetchResult result;
        try {
            result = fetch(entry.getUrl());
        } catch (ReadFailure e) {
            return Optional.of(e.problem());
        }
        if (!(result instanceof FetchResult.Page)) {
            return notAPage(result).map(ReadItem.class::cast);
        }
        FetchResult.Page fetched = (FetchResult.Page) result;
        ReadItem item = context.pages().read(fetched.body(), fetched.contentType(), url,
                Optional.of(fetched.finalUrl().toString()), Optional.of(fetched.fetched()));
        if (item instanceof ReadItem.Found found) {
            return Optional.of(new ReadItem.Found(withNews(found.article(), entry)));
        }
        return Optional.of(item);
    }

    private static Article withNews(Article article, SiteMapURL entry) {
        Article.Builder builder = article.toBuilder();
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
            if (article.published().isEmpty() && attributes.getPublicationDateTime() != null) {
                builder.published(attributes.getPublicationDateTime().toOffsetDateTime());
            }
            if (article.title().isEmpty()) {
                builder.title(attributes.getTitle());
            }
            if (PageArticles.outletUnnamed(article) && attributes.getName() != null && !attributes.getName().isBlank()) {
                builder.outlet(attributes.getName());
            }
            if (article.language().isEmpty() && attributes.getLanguage() != null) {
                builder.language(attributes.getLanguage().toLowerCase(Locale.ROOT));
            }
        }
        if (article.modified().isEmpty()) {
            ArticleDates.of(entry.getLastModified()).ifPresent(builder::modified);
        }
        return builder.build();
    }

    @Override
    public long bytesRead() {
        return first == null ? size : 0;
    }

    @Override
    public long totalBytes() {
        return size;
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() {
        done = true;
    }
}
