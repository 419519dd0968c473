package org.vesnik.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.vesnik.archive.ArchiveException;
import org.vesnik.archive.EntityPage;
import org.vesnik.archive.EntityRequest;
import org.vesnik.archive.NameFolding;
import org.vesnik.archive.RegisteredEntity;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;

/**
 * Reads the entity registry of one view of the archive: entities by id or name, and how many
 * articles name each (counted from the articles, so the count is always that of the index).
 */
final class RegistryReader {

    /** Names that match more entities than this are not told apart further. */
    private static final int MAX_RESOLVED = 50;
    /** Entities a name search ranks by article count at most. */
    private static final int MAX_MATCHES = 10_000;

    private final ArchiveSearcher searcher;

    RegistryReader(ArchiveSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * The ids {@code idOrName} stands for: itself if an entity has that id, else the ids with that
     * key under any type ({@code putin} is {@code per:putin}), else the entities with that name;
     * maybe none.
     */
    List<String> resolve(String idOrName) throws IOException {
        String text = idOrName.strip();
        if (searcher.count(byId(text)) > 0) {
            return List.of(text);
        }
        List<String> keyed = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            String id = Entity.id(type, text);
            if (searcher.count(byId(id)) > 0) {
                keyed.add(id);
            }
        }
        if (!keyed.isEmpty()) {
            return keyed;
        }
        Optional<Query> names = nameQuery(text);
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(names.get(), MAX_RESOLVED).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(ArchiveSchema.ENTITY_ID));
        }
        return ids;
    }

    /** {@link #resolve}, or the text itself (matching nothing) when nothing has that name: for query fields. */
    ArchiveQueryParser.EntityResolver resolver() {
        return idOrName -> {
            try {
                List<String> ids = resolve(idOrName);
                return ids.isEmpty() ? List.of(idOrName.strip()) : ids;
            } catch (IOException e) {
                throw new ArchiveException("cannot read the registry: " + e.getMessage(), e);
            }
        };
    }

    /** Entity documents whose names hold these words in this order (folded: any script, any case). */
    static Optional<Query> nameQuery(String name) {
        List<String> words = NameFolding.INSTANCE.words(name);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BooleanQuery.Builder()
                .add(Filters.kind(ArchiveSchema.KIND_ENTITY), BooleanClause.Occur.FILTER)
                .add(new PhraseQuery(ArchiveSchema.ENTITY_NAMES, words.toArray(String[]::new)), BooleanClause.Occur.MUST)
                .build());
    }

    private static Query byId(String id) {
        return new TermQuery(new Term(ArchiveSchema.ENTITY_ID, id));
    }

    /** The registry's entries for these ids, by id; ids it does not know are left out. */
    Map<String, RegistryEntry> entries(Collection<String> ids) throws IOException {
        Map<String, RegistryEntry> entries = new HashMap<>();
        if (ids.isEmpty()) {
            return entries;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String id : ids) {
            any.add(byId(id), BooleanClause.Occur.SHOULD);
        }
        for (ScoreDoc hit : searcher.search(any.build(), ids.size()).scoreDocs) {
            RegistryEntry entry = RegistryEntry.of(searcher.storedFields().document(hit.doc));
            entries.put(entry.id(), entry);
        }
        return entries;
    }

    /** Entity names to show for ids (facet values); an id the registry does not know is its own label. */
    Map<String, String> labels(Collection<String> ids) throws IOException {
        Map<String, String> labels = new HashMap<>();
        entries(ids).forEach((id, entry) -> labels.put(id, entry.name()));
        return labels;
    }

    EntityPage entities(EntityRequest request) throws IOException {
        List<EntityType> types = request.type().map(List::of).orElse(List.of(EntityType.values()));
        Optional<Facets> counts = articleCounts();
        int from = (request.page() - 1) * request.pageSize();
        int depth = request.page() * request.pageSize();
        if (request.query().isBlank()) {
            return mostNamed(types, counts, from, depth, request);
        }
        Query names = new ArchiveQueryParser(List.of(ArchiveSchema.ENTITY_NAMES), Map.of(), resolver())
                .parse(request.query());
        BooleanQuery.Builder ofType = new BooleanQuery.Builder();
        for (EntityType type : types) {
            ofType.add(new TermQuery(new Term(ArchiveSchema.ENTITY_TYPE, type.name())), BooleanClause.Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder()
                        .add(names, BooleanClause.Occur.SHOULD)
                        .add(byId(request.query().strip()), BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.MUST)
                .add(Filters.kind(ArchiveSchema.KIND_ENTITY), BooleanClause.Occur.FILTER)
                .add(ofType.build(), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(query, MAX_MATCHES);
        List<RegisteredEntity> matches = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            RegistryEntry entry = RegistryEntry.of(searcher.storedFields().document(hit.doc));
            matches.add(entry.withArticles(count(counts, entry.id())));
        }
        // most articles first; among equals, the best match first (the sort is stable)
        matches.sort(Comparator.comparingLong(RegisteredEntity::articles).reversed());
        return new EntityPage(matches.size(), request.page(), request.pageSize(),
                matches.subList(Math.min(from, matches.size()), Math.min(depth, matches.size())));
    }

    /** Every entity named in an article, most articles first, from the facet counts over all articles. */
    private EntityPage mostNamed(List<EntityType> types, Optional<Facets> counts, int from, int depth, EntityRequest request)
            throws IOException {
        if (counts.isEmpty()) {
            return new EntityPage(0, request.page(), request.pageSize(), List.of());
        }
        record Counted(String id, long articles) {
        }
        List<Counted> all = new ArrayList<>();
        long total = 0;
        for (EntityType type : types) {
            FacetResult result = FacetDims.top(counts.get(), ArchiveSchema.typeField(type), depth);
            if (result == null) {
                continue;
            }
            total += result.childCount;
            for (LabelAndValue value : result.labelValues) {
                all.add(new Counted(value.label, value.value.longValue()));
            }
        }
        all.sort(Comparator.comparingLong(Counted::articles).reversed().thenComparing(Counted::id));
        List<Counted> page = all.subList(Math.min(from, all.size()), Math.min(depth, all.size()));
        Map<String, RegistryEntry> entries = entries(page.stream().map(Counted::id).toList());
        List<RegisteredEntity> entities = new ArrayList<>();
        for (Counted counted : page) {
            RegistryEntry entry = entries.get(counted.id());
            if (entry != null) {
                entities.add(entry.withArticles(counted.articles()));
            }
        }
        return new EntityPage(total, request.page(), request.pageSize(), entities);
    }

    /** Counts of every entity over all articles; empty while there are none. */
    private Optional<Facets> articleCounts() throws IOException {
        if (searcher.facets().isEmpty()) {
            return Optional.empty();
        }
        FacetsCollector collected = FacetsCollectorManager.search(searcher, Filters.kind(ArchiveSchema.KIND_ARTICLE), 1,
                new FacetsCollectorManager()).facetsCollector();
        return Optional.of(new SortedSetDocValuesFacetCounts(searcher.facets().get(), collected));
    }

    /** Articles naming the entity, under whatever type each typed it (Вардар may be a club or a river). */
    private static long count(Optional<Facets> counts, String id) throws IOException {
        long articles = 0;
        if (counts.isPresent()) {
            for (EntityType type : EntityType.values()) {
                articles += FacetDims.specific(counts.get(), ArchiveSchema.typeField(type), id);
            }
        }
        return articles;
    }
}
