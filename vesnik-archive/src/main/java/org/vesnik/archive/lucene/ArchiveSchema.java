package org.vesnik.archive.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.vesnik.archive.NameFolding;
import org.vesnik.core.ner.EntityType;
import org.vesnik.lucene.analysis.MacedonianAnalyzer;

/**
 * The archive's index: one Lucene index holding three kinds of document (articles, one per
 * quotation, one per registry entity), their field names, how each field is analysed, and the
 * facets. Every document of an article (the article and its quotations) carries the article's
 * id in {@link #ARTICLE}, so one {@code updateDocuments} replaces them together.
 */
final class ArchiveSchema {

    /** {@code article}, {@code quote} or {@code entity}. */
    static final String KIND = "kind";
    static final String KIND_ARTICLE = "article";
    static final String KIND_QUOTE = "quote";
    static final String KIND_ENTITY = "entity";

    // article and quotation documents
    static final String ARTICLE = "article";
    /** The article's id on the article document only: finding an article is one term, not a query. */
    static final String ID = "id";
    static final String URL = "url";
    static final String ORIGIN = "origin";
    static final String TITLE = "title";
    static final String LEAD = "lead";
    static final String BODY = "body";
    static final String AUTHOR = "author";
    static final String OUTLET = "outlet";
    /** The outlet folded for matching: {@code source:миа} finds МИА and MIA. */
    static final String SOURCE = "source";
    static final String LANGUAGE = "lang";
    static final String PUBLISHED = "published";
    static final String MODIFIED = "modified";
    /** Publication time, epoch milliseconds, as doc values: sorting by date. */
    static final String DATE = "date";
    /** Publication day, epoch days, as a point: date filters. */
    static final String DAY = "day";
    /** Every entity an article names; and per type, {@code per}, {@code org}, {@code loc}, {@code misc}. */
    static final String ENTITY = "entity";
    static final String SPEAKER = "speaker";
    /** Fingerprints of every version of the article ingested so far. */
    static final String FINGERPRINTS = "fingerprint";
    static final String VERSION = "version";
    static final String FACTS = "facts";

    // quotation documents (with ARTICLE, OUTLET, SOURCE, PUBLISHED, DATE, DAY, ENTITY, SPEAKER)
    static final String WORDS = "words";
    static final String SPEAKER_NAME = "speakerName";
    static final String QUOTE = "quote";
    /** The article's title, stored only (Lucene keeps one schema a field name, and the article's title is indexed). */
    static final String QUOTE_TITLE = "articleTitle";

    // entity documents
    static final String ENTITY_ID = "eid";
    static final String ENTITY_TYPE = "etype";
    static final String ENTITY_NAME = "ename";
    static final String ENTITY_LATIN = "elatin";
    static final String ENTITY_NATIVE = "enative";
    static final String ENTITY_ALIAS = "ealias";
    static final String ENTITY_SURNAME = "esurname";
    /** Every name of an entity, folded: what {@code vesnik entities QUERY} and {@code entity:Путин} search. */
    static final String ENTITY_NAMES = "names";
    static final String ENTITY_FIRST = "efirst";
    static final String ENTITY_LAST = "elast";

    // facet dimensions
    static final String FACET_OUTLET = "outlet";
    static final String FACET_SPEAKER = "speaker";
    static final String FACET_LANGUAGE = "language";
    static final String FACET_DAY = "day";
    /** Every facet a search reports, in the order it reports them. */
    static final List<String> FACET_DIMS = List.of(FACET_OUTLET, typeField(EntityType.PER), typeField(EntityType.ORG),
            typeField(EntityType.LOC), typeField(EntityType.MISC), FACET_SPEAKER, FACET_LANGUAGE, FACET_DAY);

    /** Analysed, with positions and offsets in the postings: the unified highlighter reads them. */
    static final FieldType TEXT_WITH_OFFSETS = textType(true);
    /** Analysed whole as one folded term (an outlet's name). */
    static final FieldType FOLDED_KEYWORD = keywordType();

    static final FacetsConfig FACETS = facetsConfig();

    /** The analyzer of every field, for writing and for parsing queries; thread-safe, shared. */
    static final Analyzer ANALYZER = analyzer();

    private ArchiveSchema() {
    }

    /** The keyword field of one entity type's ids, also its facet dimension: {@code per}, {@code org}. */
    static String typeField(EntityType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** Terms longer than this are dropped: nobody searches for them, and Lucene refuses one over 32,766 bytes. */
    static final int MAX_TERM_CHARS = 255;

    /** Text fields in Macedonian; names folded; the outlet folded whole; every other field a keyword. */
    private static Analyzer analyzer() {
        Analyzer macedonian = bounded(new MacedonianAnalyzer());
        Analyzer names = bounded(NameFolding.INSTANCE);
        Map<String, Analyzer> fields = new HashMap<>();
        for (String field : List.of(TITLE, LEAD, BODY, WORDS)) {
            fields.put(field, macedonian);
        }
        fields.put(SPEAKER_NAME, names);
        fields.put(ENTITY_NAMES, names);
        fields.put(SOURCE, bounded(NameFolding.WHOLE));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    /**
     * The analyzer without its over-long terms: a scraped page can hold an image inlined as
     * base64 or a line of one letter, one "word" of thousands of characters that would make
     * Lucene refuse the whole article.
     */
    private static Analyzer bounded(Analyzer analyzer) {
        return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(),
                        new LengthFilter(components.getTokenStream(), 1, MAX_TERM_CHARS));
            }
        };
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType keywordType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (EntityType type : EntityType.values()) {
            config.setMultiValued(typeField(type), true);
        }
        config.setMultiValued(FACET_SPEAKER, true);
        return config;
    }
}
