package org.vesnik.ingest.html;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vesnik.core.article.Article;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.ReadItem;

/**
 * Finds a web page's article: its main text without navigation, share buttons, related news,
 * comments and captions, and its metadata (title, author, dates, outlet, canonical URL, lead).
 * Thread-safe.
 */
public final class ArticleExtractor {

    /** The largest page read by default: a news page is a few hundred kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** The zone of dates a page gives without one: vesnik reads Macedonian news. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Skopje");

    /** A shown headline shorter than this is a logo or a section's name. */
    private static final int MIN_HEADLINE_CHARS = 12;
    /** Below this many characters of shown text, a JSON-LD articleBody twice as long is the text. */
    private static final int MIN_SHOWN_TEXT = 200;

    private final long maxBytes;
    private final PageDecoder decoder = new PageDecoder();
    private final PageVocabulary vocabulary = PageVocabulary.standard();
    private final PageCleaner cleaner = new PageCleaner(vocabulary);
    private final DateReader dates;
    private final BodyFinder bodies;
    private final MetadataReader metadata;

    /** An extractor with the default size limit and zone. */
    public ArticleExtractor() {
        this(DEFAULT_MAX_BYTES, DEFAULT_ZONE);
    }

    /**
     * @param maxBytes pages larger than this are refused before they are parsed
     * @param zone     the zone of dates and times a page gives without an offset
     */
    public ArticleExtractor(long maxBytes, ZoneId zone) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.dates = new DateReader(zone);
        this.metadata = new MetadataReader(vocabulary, dates);
        this.bodies = new BodyFinder(vocabulary, dates);
    }

    /**
     * The article of a page, or empty when the page has none (a section front, a login page).
     *
     * @param html        the page's bytes as received
     * @param contentType the HTTP Content-Type header, when known (its charset wins over the page's
     *                    own declaration, a byte-order mark over both); may be null
     * @param source      what the reader was given (a path or URL), kept as the article's source; not null
     * @param url         the URL the page was fetched from, when known (resolves relative links); may be null
     * @param fetched     when the page was fetched, to resolve {@code пред 2 часа}; null if unknown
     */
    public Optional<Article> extract(byte[] html, String contentType, String source, String url, Instant fetched) {
        return read(html, contentType, source, url, fetched) instanceof ReadItem.Found found
                ? Optional.of(found.article())
                : Optional.empty();
    }

    /**
     * The article of a page, or why there is none: {@link ProblemKind#TOO_LARGE} above the size
     * limit, {@link ProblemKind#NOT_TEXT} for bytes that are not an HTML page, and
     * {@link ProblemKind#NO_ARTICLE} for a page without an article. Parameters as for
     * {@link #extract}.
     */
    public ReadItem read(byte[] html, String contentType, String source, String url, Instant fetched) {
        if (html.length > maxBytes) {
            return new ReadItem.Problem(source, ProblemKind.TOO_LARGE, String.format(
                    "page of %,d bytes is larger than the limit of %,d bytes", html.length, maxBytes));
        }
        PageDecoder.DecodedPage decoded = decoder.decode(html, Optional.ofNullable(contentType), source);
        if (!looksLikeHtml(decoded.html())) {
            return new ReadItem.Problem(source, ProblemKind.NOT_TEXT, "not an HTML page (no HTML markup)");
        }
        Optional<String> pageUrl = Optional.ofNullable(url).filter(u -> !u.isBlank());
        Optional<Instant> when = Optional.ofNullable(fetched);
        Document page = Jsoup.parse(decoded.html(), pageUrl.orElse(""));
        PageMetadata meta = metadata.read(page, pageUrl, when);
        cleaner.clean(page.body());
        BodyFinder.Body body = bodies.find(page.body(), meta.title());
        List<String> paragraphs = orSchemaBody(body.paragraphs(), meta.schemaBody());
        if (paragraphs.isEmpty()) {
            return new ReadItem.Problem(source, ProblemKind.NO_ARTICLE, "no article text on the page");
        }
        String text = String.join("\n\n", paragraphs);
        Optional<OffsetDateTime> published = meta.published()
                .or(() -> body.preamble().stream().flatMap(line -> dates.text(line, when).stream()).findFirst())
                .or(() -> dates.dateline(paragraphs.get(0)));
        // a description that only repeats the body's opening is no lead of its own
        Optional<String> lead = body.lead().or(() -> meta.description().filter(l -> !startsTheBody(l, text)));
        return new ReadItem.Found(Article.builder(source, text)
                .title(title(body.headline(), meta).orElse(null))
                .author(meta.author().orElse(null))
                .published(published.orElse(null))
                .modified(meta.modified().orElse(null))
                .outlet(meta.outlet().orElse(null))
                .url(meta.url().orElse(null))
                .language(meta.language().orElse(null))
                .lead(lead.orElse(null))
                .fetched(fetched)
                .build());
    }

    /**
     * The headline the page shows above the article, unless it is the site's name (a logo in an
     * h1) or too short to be one; else the title the metadata gives. Pages often give search
     * engines and social networks a headline of their own; the one shown is the article's.
     */
    private static Optional<String> title(Optional<String> shown, PageMetadata meta) {
        Optional<String> headline = shown.map(h -> h.strip().replaceAll("\\s+", " "))
                .filter(h -> h.codePointCount(0, h.length()) >= MIN_HEADLINE_CHARS)
                .filter(h -> meta.outlet().map(TitleCleaner::key).filter(TitleCleaner.key(h)::equals).isEmpty());
        return headline.or(meta::title);
    }

    /**
     * The paragraphs found, or the JSON-LD articleBody's when the page shows (nearly) none of
     * its text: a page whose scripts draw the article still tells search engines what it says.
     */
    private static List<String> orSchemaBody(List<String> found, Optional<String> schemaBody) {
        int shown = found.stream().mapToInt(String::length).sum();
        if (shown >= MIN_SHOWN_TEXT || schemaBody.isEmpty()) {
            return found;
        }
        // articleBody is plain text by the schema, but CMSs put markup and entities in it
        List<String> paragraphs = schemaBody.get().lines()
                .map(line -> Jsoup.parseBodyFragment(line).body().text().strip())
                .filter(p -> !p.isEmpty()).toList();
        int length = paragraphs.stream().mapToInt(String::length).sum();
        return length > 2 * shown && length >= MIN_SHOWN_TEXT ? paragraphs : found;
    }

    /** Whether the lead is the body's first words, or the body's start cut short with "…". */
    private static boolean startsTheBody(String lead, String text) {
        String l = TitleCleaner.key(lead.replaceFirst("(?:\\.\\.\\.|…)\\s*$", ""));
        String t = TitleCleaner.key(text.substring(0, Math.min(text.length(), lead.length() * 2 + 50)));
        return !l.isEmpty() && t.startsWith(l.substring(0, Math.min(l.length(), Math.max(20, l.length() - 10))));
    }

    /** Whether the text has markup of an HTML page near its start. */
    static boolean looksLikeHtml(String text) {
        int end = Math.min(text.length(), 64 * 1024);
        String head = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        for (String tag : new String[] {"<html", "<head", "<body", "<!doctype html", "<meta", "<title", "<div", "<p>", "<p ", "<article"}) {
            if (head.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
