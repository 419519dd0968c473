package org.vesnik.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.vesnik.archive.AnnotatedArticle;
import org.vesnik.archive.ArticleFacts;
import org.vesnik.archive.ArticleHit;
import org.vesnik.archive.ArticleId;
import org.vesnik.archive.FactsJson;
import org.vesnik.archive.Mention;
import org.vesnik.archive.Quote;
import org.vesnik.archive.QuoteHit;
import org.vesnik.archive.Snippet;
import org.vesnik.archive.StoredArticle;
import org.vesnik.core.article.Article;

/**
 * Writes an article as Lucene documents (the article, then one a quotation) and reads them back
 * as the archive's values. The original text is stored as given; the annotation is stored as
 * {@link FactsJson}, so showing an article never annotates it again.
 */
final class ArticleDocuments {

    private ArticleDocuments() {
    }

    /** The article's documents, to be added as one block: all of them or none. */
    static List<Document> block(AnnotatedArticle annotated, ArticleFacts facts, int version, List<String> fingerprints) {
        Article article = annotated.article();
        String id = annotated.id();
        List<Document> block = new ArrayList<>(1 + facts.quotes().size());
        Document doc = new Document();
        doc.add(new StringField(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE, Field.Store.NO));
        doc.add(new StringField(ArchiveSchema.ARTICLE, id, Field.Store.YES));
        doc.add(new StringField(ArchiveSchema.ID, id, Field.Store.NO));
        doc.add(new StoredField(ArchiveSchema.ORIGIN, article.source()));
        doc.add(new StoredField(ArchiveSchema.VERSION, version));
        for (String fingerprint : fingerprints) {
            doc.add(new StringField(ArchiveSchema.FINGERPRINTS, fingerprint, Field.Store.YES));
        }
        article.url().ifPresent(url -> doc.add(url.length() <= ArticleId.MAX_URL_LENGTH
                ? new StringField(ArchiveSchema.URL, url, Field.Store.YES) : new StoredField(ArchiveSchema.URL, url)));
        article.title().ifPresent(title -> doc.add(new Field(ArchiveSchema.TITLE, title, ArchiveSchema.TEXT_WITH_OFFSETS)));
        article.lead().ifPresent(lead -> doc.add(new TextField(ArchiveSchema.LEAD, lead, Field.Store.YES)));
        doc.add(new Field(ArchiveSchema.BODY, article.text(), ArchiveSchema.TEXT_WITH_OFFSETS));
        article.author().ifPresent(author -> doc.add(new StoredField(ArchiveSchema.AUTHOR, author)));
        article.modified().ifPresent(modified -> doc.add(new StoredField(ArchiveSchema.MODIFIED, modified.toString())));
        addPlace(doc, article);
        doc.add(new StringField(ArchiveSchema.LANGUAGE, facts.language(), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(ArchiveSchema.FACET_LANGUAGE, facts.language()));
        Set<String> named = new LinkedHashSet<>();
        for (Mention mention : facts.mentions()) {
            if (named.add(mention.entity())) {
                doc.add(new StringField(ArchiveSchema.ENTITY, mention.entity(), Field.Store.NO));
                String typeField = ArchiveSchema.typeField(mention.type());
                doc.add(new StringField(typeField, mention.entity(), Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(typeField, mention.entity()));
            }
        }
        for (String speaker : facts.speakerIds()) {
            doc.add(new StringField(ArchiveSchema.SPEAKER, speaker, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(ArchiveSchema.FACET_SPEAKER, speaker));
        }
        doc.add(new StoredField(ArchiveSchema.FACTS, FactsJson.encode(facts)));
        block.add(build(doc));
        for (Quote quote : facts.quotes()) {
            block.add(quoteDocument(id, article, facts, quote));
        }
        return block;
    }

    /** Outlet and date, on the article and on each of its quotations alike. */
    private static void addPlace(Document doc, Article article) {
        article.outlet().ifPresent(outlet -> {
            doc.add(new StoredField(ArchiveSchema.OUTLET, outlet));
            doc.add(new Field(ArchiveSchema.SOURCE, outlet, ArchiveSchema.FOLDED_KEYWORD));
            doc.add(new SortedSetDocValuesFacetField(ArchiveSchema.FACET_OUTLET, outlet));
        });
        article.published().ifPresent(published -> {
            doc.add(new StoredField(ArchiveSchema.PUBLISHED, published.toString()));
            doc.add(new NumericDocValuesField(ArchiveSchema.DATE, published.toInstant().toEpochMilli()));
            LocalDate day = published.toLocalDate();
            doc.add(new IntPoint(ArchiveSchema.DAY, Math.toIntExact(day.toEpochDay())));
            doc.add(new SortedSetDocValuesFacetField(ArchiveSchema.FACET_DAY, day.toString()));
        });
    }

    private static Document quoteDocument(String id, Article article, ArticleFacts facts, Quote quote) {
        Document doc = new Document();
        doc.add(new StringField(ArchiveSchema.KIND, ArchiveSchema.KIND_QUOTE, Field.Store.NO));
        doc.add(new StringField(ArchiveSchema.ARTICLE, id, Field.Store.YES));
        article.title().ifPresent(title -> doc.add(new StoredField(ArchiveSchema.QUOTE_TITLE, title)));
        doc.add(new Field(ArchiveSchema.WORDS, quote.words().text(), ArchiveSchema.TEXT_WITH_OFFSETS));
        quote.speakerId().ifPresent(speaker -> doc.add(new StringField(ArchiveSchema.SPEAKER, speaker, Field.Store.NO)));
        quote.speaker().ifPresent(speaker -> doc.add(new TextField(ArchiveSchema.SPEAKER_NAME, speaker.text(), Field.Store.NO)));
        // the entities named inside the words: "what did X say about Y" is speaker:X entity:Y
        Set<String> about = new LinkedHashSet<>();
        for (Mention mention : facts.mentions()) {
            if (mention.span().start() >= quote.words().start() && mention.span().end() <= quote.words().end()
                    && about.add(mention.entity())) {
                doc.add(new StringField(ArchiveSchema.ENTITY, mention.entity(), Field.Store.NO));
            }
        }
        doc.add(new StoredField(ArchiveSchema.QUOTE, FactsJson.encodeQuote(quote)));
        addPlace(doc, article);
        return build(doc);
    }

    private static Document build(Document doc) {
        try {
            return ArchiveSchema.FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("facets of an in-memory document", e);
        }
    }

    static StoredArticle stored(Document doc) {
        return new StoredArticle(doc.get(ArchiveSchema.ARTICLE), doc.getField(ArchiveSchema.VERSION).numericValue().intValue(),
                doc.get(ArchiveSchema.ORIGIN), text(doc, ArchiveSchema.URL), text(doc, ArchiveSchema.TITLE),
                text(doc, ArchiveSchema.OUTLET), text(doc, ArchiveSchema.AUTHOR), time(doc, ArchiveSchema.PUBLISHED),
                time(doc, ArchiveSchema.MODIFIED), text(doc, ArchiveSchema.LEAD), doc.get(ArchiveSchema.BODY),
                FactsJson.decode(doc.getBinaryValue(ArchiveSchema.FACTS).bytes));
    }

    static ArticleHit hit(Document doc, float score, Snippet snippet) {
        return new ArticleHit(doc.get(ArchiveSchema.ARTICLE), text(doc, ArchiveSchema.TITLE), text(doc, ArchiveSchema.OUTLET),
                time(doc, ArchiveSchema.PUBLISHED), text(doc, ArchiveSchema.URL), doc.get(ArchiveSchema.ORIGIN), score, snippet);
    }

    static QuoteHit quoteHit(Document doc) {
        return new QuoteHit(doc.get(ArchiveSchema.ARTICLE), text(doc, ArchiveSchema.QUOTE_TITLE), text(doc, ArchiveSchema.OUTLET),
                time(doc, ArchiveSchema.PUBLISHED), FactsJson.decodeQuote(doc.getBinaryValue(ArchiveSchema.QUOTE).bytes));
    }

    /** The fingerprints of every version stored, oldest first. */
    static List<String> fingerprints(Document doc) {
        List<String> fingerprints = new ArrayList<>();
        for (IndexableField f : doc.getFields(ArchiveSchema.FINGERPRINTS)) {
            fingerprints.add(f.stringValue());
        }
        return fingerprints;
    }

    private static Optional<String> text(Document doc, String field) {
        return Optional.ofNullable(doc.get(field));
    }

    private static Optional<OffsetDateTime> time(Document doc, String field) {
        return text(doc, field).map(OffsetDateTime::parse);
    }
}
