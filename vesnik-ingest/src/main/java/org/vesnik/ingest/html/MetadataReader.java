package org.vesnik.ingest.html;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads what a page says about its article, each value from the first source that has it:
 * JSON-LD (an Article type, also in {@code @graph}), then Open Graph and {@code article:*}
 * tags, then other {@code <meta>} names, then microdata and {@code <time datetime>}, then the
 * page's own text (a byline, a date beside the headline, {@code пред 2 часа}). Reads the page
 * before it is cleaned, as bylines and dates stand in what cleaning removes.
 */
final class MetadataReader {

    private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title", "title", "dc.title", "dcterms.title", "headline");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "og:article:author", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "byl", "byline");
    private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "article.published", "datepublished", "published_time", "pubdate", "publishdate",
            "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dc.date.created",
            "dcterms.created", "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "article_date_original",
            "cxenseparse:recs:publishtime");
    private static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:article:modified_time",
            "og:updated_time", "article.updated", "datemodified", "modified_time", "last-modified", "dcterms.modified",
            "dc.date.modified");
    private static final List<String> OUTLET_KEYS = List.of("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher");
    private static final List<String> DESCRIPTION_KEYS = List.of("og:description", "description", "twitter:description", "dc.description");
    private static final List<String> LANGUAGE_KEYS = List.of("content-language", "language", "dc.language", "og:locale");
    /** A link's text that names a file or a site (humans.txt, example.com), not a person. */
    private static final java.util.regex.Pattern FILE_OR_HOST = java.util.regex.Pattern.compile("\\S+\\.[a-z]{2,4}");
    private static final int MAX_AUTHOR_CHARS = 80;
    private static final java.util.regex.Pattern BYLINE_SEPARATOR = java.util.regex.Pattern.compile("\\s+[|·•–—]\\s+|\\s+-\\s+|\\s*\\|\\s*");
    private static final int MAX_HEADLINE_CHARS = 300;
    private static final int MAX_HEADLINES = 40;
    /**
     * How many elements a byline, a date or an h1 is looked for in: each look reads the
     * element's text, and a page of thousands of nested ones must not cost their square.
     */
    private static final int MAX_CANDIDATES = 50;
    private static final int MAX_AUTHOR_WORDS = 8;
    private static final int MIN_LEAD_CHARS = 30;
    private static final int MAX_DATE_TEXT = 120;

    private final PageVocabulary vocabulary;
    private final DateReader dates;

    MetadataReader(PageVocabulary vocabulary, DateReader dates) {
        this.vocabulary = vocabulary;
        this.dates = dates;
    }

    PageMetadata read(Document page, Optional<String> pageUrl, Optional<Instant> fetched) {
        JsonLd.Facts ld = JsonLd.read(page);
        MetaTags meta = MetaTags.of(page);
        Optional<String> host = pageUrl.flatMap(MetadataReader::host);
        Optional<String> outlet = ld.publisher().or(() -> meta.first(OUTLET_KEYS, v -> Optional.of(v).filter(o -> !o.startsWith("http"))))
                .map(MetadataReader::tidy);
        Optional<String> headline = headline(page, ld, meta);
        List<String> names = new ArrayList<>();
        outlet.ifPresent(names::add);
        host.ifPresent(h -> names.add(h.replaceFirst("\\.[^.]+$", "")));
        List<String> shown = shownHeadlines(page);
        Function<String, TitleCleaner.Cleaned> clean = t -> TitleCleaner.clean(tidy(t), names, shown);
        List<TitleCleaner.Cleaned> titles = new ArrayList<>();
        ld.headline().ifPresent(t -> titles.add(clean.apply(t)));
        meta.first(TITLE_KEYS).ifPresent(t -> titles.add(clean.apply(t)));
        headline.ifPresent(t -> titles.add(new TitleCleaner.Cleaned(t, Optional.empty())));
        if (!page.title().isBlank()) {
            titles.add(clean.apply(page.title()));
        }
        Optional<String> title = titles.stream().map(TitleCleaner.Cleaned::title).filter(t -> !t.isBlank()).findFirst();
        // the site's name is in the <title> more often than in og:title
        outlet = outlet.or(() -> titles.stream().flatMap(c -> c.siteName().stream()).reduce((a, b) -> b)).or(() -> host);
        Optional<String> url = canonical(page).or(() -> meta.first(List.of("og:url"))).or(ld::url)
                .flatMap(u -> absolute(u, pageUrl)).or(() -> pageUrl);
        return new PageMetadata(title, author(page, ld, meta), published(page, ld, meta, fetched), modified(page, ld, meta),
                outlet, url, description(ld, meta), language(page, ld, meta), ld.body());
    }

    /** The texts the page may show its headline in: its first headings and elements named a title. */
    private List<String> shownHeadlines(Document page) {
        List<String> shown = new ArrayList<>();
        int looked = 0;
        for (Element e : page.body().getAllElements()) {
            if (e.normalName().matches("h[1-3]") || vocabulary.namesTitle(e)) {
                if (++looked > MAX_HEADLINES * 5) {
                    break;
                }
                String text = tidy(e.text());
                if (!text.isEmpty() && text.length() <= MAX_HEADLINE_CHARS) {
                    shown.add(text);
                    if (shown.size() == MAX_HEADLINES) {
                        break;
                    }
                }
            }
        }
        return shown;
    }

    /** The headline as the page shows it: the {@code h1} the title names, else the article's first, else the page's only one. */
    private static Optional<String> headline(Document page, JsonLd.Facts ld, MetaTags meta) {
        List<Element> h1s = page.getElementsByTag("h1").stream().limit(MAX_CANDIDATES).toList();
        String titles = TitleCleaner.key(ld.headline().orElse("") + " " + meta.first(TITLE_KEYS).orElse("") + " " + page.title());
        for (Element h1 : h1s) {
            String key = TitleCleaner.key(h1.text());
            if (key.length() >= 10 && titles.contains(key)) {
                return Optional.of(tidy(h1.text()));
            }
        }
        for (Element h1 : h1s) {
            if (inArticle(h1) && !h1.text().isBlank()) {
                return Optional.of(tidy(h1.text()));
            }
        }
        // a page's only h1 of a few words is its headline; a logo is one word or two
        if (h1s.size() == 1 && tidy(h1s.get(0).text()).split(" ").length >= 3) {
            return Optional.of(tidy(h1s.get(0).text()));
        }
        return Optional.empty();
    }

    /** Whether an element stands in an {@code <article>}, {@code <main>} or microdata articleBody. */
    private static boolean inArticle(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("article") || a.normalName().equals("main") || a.attr("itemprop").equals("articleBody")) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> author(Document page, JsonLd.Facts ld, MetaTags meta) {
        List<String> people = ld.authors().stream().filter(n -> !n.organisation()).map(JsonLd.Name::name).toList();
        if (!people.isEmpty()) {
            return Optional.of(String.join(", ", people)).map(this::cleanAuthor).filter(MetadataReader::isName);
        }
        return meta.first(AUTHOR_KEYS).filter(a -> !a.startsWith("http")).map(this::cleanAuthor).filter(MetadataReader::isName)
                .or(() -> firstText(page.select("[itemprop~=(?i)(^|\\s)author(\\s|$)] [itemprop=name], [itemprop~=(?i)(^|\\s)author(\\s|$)], [rel~=(?i)(^|\\s)author(\\s|$)]")))
                .or(() -> byClass(page, vocabulary::namesAuthor, MAX_AUTHOR_CHARS).map(this::cleanAuthor).filter(MetadataReader::isName))
                .or(() -> ld.authors().stream().map(JsonLd.Name::name).findFirst())
                .map(this::cleanAuthor).filter(MetadataReader::isName);
    }

    /** A byline's name: without its opening word, and without what a separator adds (a date, a place). */
    private String cleanAuthor(String author) {
        String name = BYLINE_SEPARATOR.split(tidy(author), 2)[0];
        // a byline that runs on into its date (Jeff Foust, November 18, 2019)
        name = name.substring(0, dates.start(name).orElse(name.length()));
        return tidy(vocabulary.withoutBylinePrefix(name)).replaceAll("[\\s,;|–—-]+$", "");
    }

    private static boolean isName(String s) {
        return !s.isBlank() && s.length() <= MAX_AUTHOR_CHARS && s.split("\\s+").length <= MAX_AUTHOR_WORDS
                && s.chars().anyMatch(Character::isLetter) && !s.contains("@") && !s.startsWith("http")
                && !FILE_OR_HOST.matcher(s).matches();
    }

    private Optional<OffsetDateTime> published(Document page, JsonLd.Facts ld, MetaTags meta, Optional<Instant> fetched) {
        return ld.published().flatMap(dates::metadata)
                .or(() -> meta.first(PUBLISHED_KEYS, dates::metadata))
                .or(() -> itemprop(page, "datePublished"))
                .or(() -> timeElement(page))
                .or(() -> byClass(page, vocabulary::namesDate, MAX_DATE_TEXT).flatMap(t -> dates.text(t, fetched)));
    }

    private Optional<OffsetDateTime> modified(Document page, JsonLd.Facts ld, MetaTags meta) {
        return ld.modified().flatMap(dates::metadata)
                .or(() -> meta.first(MODIFIED_KEYS, dates::metadata))
                .or(() -> itemprop(page, "dateModified"));
    }

    /** A date in microdata: {@code <time itemprop="datePublished" datetime="…">} or its content or text. */
    private Optional<OffsetDateTime> itemprop(Document page, String property) {
        for (Element e : page.select("[itemprop~=(?i)(^|\\s)" + property + "(\\s|$)]")) {
            for (String value : new String[] {e.attr("datetime"), e.attr("content"), e.text()}) {
                Optional<OffsetDateTime> date = dates.metadata(value);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** The first {@code <time datetime>}: one marked {@code pubdate}, else the article's, else the page's. */
    private Optional<OffsetDateTime> timeElement(Document page) {
        List<Element> times = page.getElementsByTag("time").stream().filter(t -> t.hasAttr("datetime"))
                .limit(MAX_CANDIDATES).toList();
        List<Predicate<Element>> preferences = List.of(t -> t.hasAttr("pubdate"), MetadataReader::inArticle, t -> true);
        for (Predicate<Element> preferred : preferences) {
            for (Element time : times) {
                if (preferred.test(time)) {
                    Optional<OffsetDateTime> date = dates.metadata(time.attr("datetime"));
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The text of the first element whose class or id the test accepts, when it is short enough. */
    private static Optional<String> byClass(Document page, Function<Element, Boolean> names, int maxChars) {
        int looked = 0;
        for (Element e : page.body().getAllElements()) {
            if (names.apply(e)) {
                if (++looked > MAX_CANDIDATES) {
                    break;
                }
                String text = tidy(e.text());
                if (!text.isEmpty() && text.length() <= maxChars) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /** The description the page gives of its article: JSON-LD's, og:description, the meta description. */
    private static Optional<String> description(JsonLd.Facts ld, MetaTags meta) {
        return ld.description().or(() -> meta.first(DESCRIPTION_KEYS)).map(MetadataReader::tidy)
                .filter(d -> d.length() >= MIN_LEAD_CHARS);
    }

    private static Optional<String> language(Document page, JsonLd.Facts ld, MetaTags meta) {
        Element html = page.selectFirst("html");
        return Optional.ofNullable(html).map(h -> h.attr("lang")).flatMap(MetadataReader::languageCode)
                .or(() -> meta.first(LANGUAGE_KEYS).flatMap(MetadataReader::languageCode))
                .or(() -> ld.language().flatMap(MetadataReader::languageCode));
    }

    /** The ISO 639-1 code of a language tag ({@code mk-MK}, {@code mk_MK}, {@code MK}). */
    static Optional<String> languageCode(String tag) {
        String primary = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? Optional.of(primary) : Optional.empty();
    }

    private static Optional<String> canonical(Document page) {
        Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        return link == null ? Optional.empty() : Optional.of(link.attr("href").strip()).filter(s -> !s.isEmpty());
    }

    /** An absolute URL: as it is, or resolved against the page's own; empty when it cannot be. */
    private static Optional<String> absolute(String url, Optional<String> pageUrl) {
        try {
            URI uri = new URI(url.replace(" ", "%20"));
            if (uri.isAbsolute()) {
                return Optional.of(url);
            }
            return pageUrl.map(base -> URI.create(base.replace(" ", "%20")).resolve(uri).toString());
        } catch (java.net.URISyntaxException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> host(String url) {
        try {
            String host = new URI(url.replace(" ", "%20")).getHost();
            return host == null ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", ""));
        } catch (java.net.URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstText(Elements elements) {
        for (Element e : elements) {
            String text = tidy(e.hasAttr("content") ? e.attr("content") : e.text());
            if (isName(text)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** Spaces collapsed, entities already decoded by the parser. */
    static String tidy(String s) {
        return s.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }
}
