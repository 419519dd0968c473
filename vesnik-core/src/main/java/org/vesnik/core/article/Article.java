package org.vesnik.core.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article as a reader found it: where it came from, what its page or record says about
 * it, and its body text. The body is what the pipeline annotates; the title is kept apart from
 * it, so a headline is never glued to the lead sentence. Immutable; absent metadata is empty.
 */
public final class Article {

    private final String source;
    private final String url;
    private final String title;
    private final String author;
    private final OffsetDateTime published;
    private final OffsetDateTime modified;
    private final String outlet;
    private final String language;
    private final String lead;
    private final String text;
    private final Instant fetched;

    private Article(Builder b) {
        this.source = Objects.requireNonNull(b.source, "source");
        this.text = Objects.requireNonNull(b.text, "text");
        this.url = blankToNull(b.url);
        this.title = blankToNull(b.title);
        this.author = blankToNull(b.author);
        this.published = b.published;
        this.modified = b.modified;
        this.outlet = blankToNull(b.outlet);
        this.language = blankToNull(b.language);
        this.lead = blankToNull(b.lead);
        this.fetched = b.fetched;
    }

    public static Builder builder(String source, String text) {
        return new Builder(source, text);
    }

    /** A builder holding this article's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(source, text).url(url).title(title).author(author).published(published)
                .modified(modified).outlet(outlet).language(language).lead(lead).fetched(fetched);
    }

    /** What the reader was given: a path, a URL, or a record in one ({@code feed.jsonl:12}). */
    public String source() {
        return source;
    }

    /** The body text, as extracted: paragraphs separated by blank lines, no title. */
    public String text() {
        return text;
    }

    /** The canonical URL when the page or record names one, else the URL it was fetched from. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> author() {
        return Optional.ofNullable(author);
    }

    /** When it was published; a date without a time is midnight in the outlet's zone. */
    public Optional<OffsetDateTime> published() {
        return Optional.ofNullable(published);
    }

    public Optional<OffsetDateTime> modified() {
        return Optional.ofNullable(modified);
    }

    /** The outlet's name (МИА, Сител) or, failing that, its host name. */
    public Optional<String> outlet() {
        return Optional.ofNullable(outlet);
    }

    /** The language the source declares (ISO 639-1), not the one identified from the text. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The lead (standfirst) when the page marks one apart from the body. */
    public Optional<String> lead() {
        return Optional.ofNullable(lead);
    }

    /** When the reader fetched or read it, to resolve {@code пред 2 часа} against. */
    public Optional<Instant> fetched() {
        return Optional.ofNullable(fetched);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Article a)) {
            return false;
        }
        return source.equals(a.source) && text.equals(a.text) && Objects.equals(url, a.url)
                && Objects.equals(title, a.title) && Objects.equals(author, a.author)
                && Objects.equals(published, a.published) && Objects.equals(modified, a.modified)
                && Objects.equals(outlet, a.outlet) && Objects.equals(language, a.language)
                && Objects.equals(lead, a.lead) && Objects.equals(fetched, a.fetched);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, text, url, title, published, outlet);
    }

    @Override
    public String toString() {
        return "Article[" + source + (title == null ? "" : ", " + title) + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Collects an article's values; blank strings count as absent. */
    public static final class Builder {

        private final String source;
        private final String text;
        private String url;
        private String title;
        private String author;
        private OffsetDateTime published;
        private OffsetDateTime modified;
        private String outlet;
        private String language;
        private String lead;
        private Instant fetched;

        private Builder(String source, String text) {
            this.source = source;
            this.text = text;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder published(OffsetDateTime published) {
            this.published = published;
            return this;
        }

        public Builder modified(OffsetDateTime modified) {
            this.modified = modified;
            return this;
        }

        public Builder outlet(String outlet) {
            this.outlet = outlet;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder lead(String lead) {
            this.lead = lead;
            return this;
        }

        public Builder fetched(Instant fetched) {
            this.fetched = fetched;
            return this;
        }

        public Article build() {
            return new Article(this);
        }
    }
}
