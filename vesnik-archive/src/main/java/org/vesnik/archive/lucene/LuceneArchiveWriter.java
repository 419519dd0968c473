package org.vesnik.archive.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vesnik.archive.AnnotatedArticle;
import org.vesnik.archive.ArchiveBusyException;
import org.vesnik.archive.ArchiveException;
import org.vesnik.archive.ArchiveWriter;
import org.vesnik.archive.ArticleFacts;
import org.vesnik.archive.EntityLinker;
import org.vesnik.archive.IngestOutcome;
import org.vesnik.archive.Mention;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.EntityType;

/**
 * Writes an archive into an embedded Lucene index with one {@link IndexWriter}. Articles are
 * committed in batches: nothing is reopened or committed per article, and what is kept in memory
 * is bounded by the batch (the ids and registry entries it touched). An article and its
 * quotations are one {@code updateDocuments} block, and the registry's entity documents of a
 * batch are written in the same commit as its articles, so after a crash the index holds whole
 * batches, registry included, and nothing else. Not thread-safe: one writing thread.
 */
public final class LuceneArchiveWriter implements ArchiveWriter {

    /** Articles a commit: a crash loses at most these; fewer commits would not be much faster. */
    public static final int DEFAULT_BATCH = 1000;

    private final Directory directory;
    private final IndexWriter writer;
    private final int batchSize;
    private final EntityLinker linker = new EntityLinker();
    private DirectoryReader reader;
    private IndexSearcher searcher;
    /** Articles written since the last commit, by id: what the reader cannot see yet. */
    private final Map<String, Written> batch = new HashMap<>();
    /** Registry entries seen since the last commit, in the order first seen. */
    private final Map<String, RegistryEntry> registry = new LinkedHashMap<>();

    private record Written(int version, List<String> fingerprints) {
    }

    private LuceneArchiveWriter(Directory directory, IndexWriter writer, int batchSize) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.batchSize = batchSize;
        this.reader = DirectoryReader.open(writer);
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the archive in {@code dir} for writing, creating it if need be. */
    public static LuceneArchiveWriter open(Path dir) {
        return open(dir, DEFAULT_BATCH);
    }

    public static LuceneArchiveWriter open(Path dir, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(ArchiveSchema.ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // flushed segments are not visible until a commit, so a larger buffer only saves merges
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            return new LuceneArchiveWriter(directory, new IndexWriter(directory, config), batchSize);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new ArchiveBusyException("another ingest is writing to the archive at " + dir, e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new ArchiveException("cannot open the archive at " + dir + " for writing: " + e.getMessage(), e);
        }
    }

    @Override
    public IngestOutcome write(AnnotatedArticle annotated) {
        try {
            String id = annotated.id();
            Optional<Written> known = known(id);
            if (known.isPresent() && known.get().fingerprints().contains(annotated.fingerprint())) {
                // this version, or an earlier one: taking an older text back would flip an article
                // between versions on every re-ingest
                return IngestOutcome.UNCHANGED;
            }
            ArticleFacts facts = linker.link(annotated.facts(), this::withSurname);
            List<String> fingerprints = new ArrayList<>(known.map(Written::fingerprints).orElse(List.of()));
            fingerprints.add(annotated.fingerprint());
            int version = known.map(w -> w.version() + 1).orElse(1);
            writer.updateDocuments(new Term(ArchiveSchema.ARTICLE, id),
                    ArticleDocuments.block(annotated, facts, version, fingerprints));
            batch.put(id, new Written(version, List.copyOf(fingerprints)));
            register(facts, annotated.article().published().map(p -> p.toLocalDate()));
            if (batch.size() >= batchSize) {
                commit();
            }
            return known.isPresent() ? IngestOutcome.UPDATED : IngestOutcome.NEW;
        } catch (IOException e) {
            throw new ArchiveException("cannot write " + annotated.article().source() + " to the archive: " + e.getMessage(), e);
        }
    }

    /** The stored versions of an article: written in this batch, else committed before. */
    private Optional<Written> known(String id) throws IOException {
        Written written = batch.get(id);
        if (written != null) {
            return Optional.of(written);
        }
        // a term look-up, not a query: this runs for every article an ingest reads
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(ArchiveSchema.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            if (!iterator.seekExact(term)) {
                continue;
            }
            PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    Document stored = leaf.reader().storedFields().document(doc, Set.of(ArchiveSchema.VERSION, ArchiveSchema.FINGERPRINTS));
                    return Optional.of(new Written(stored.getField(ArchiveSchema.VERSION).numericValue().intValue(),
                            ArticleDocuments.fingerprints(stored)));
                }
            }
        }
        return Optional.empty();
    }

    private void register(ArticleFacts facts, Optional<LocalDate> day) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        for (Mention mention : facts.mentions()) {
            aliases.computeIfAbsent(mention.entity(), k -> new LinkedHashSet<>())
                    .add(mention.span().text().replaceAll("\\s+", " "));
        }
        for (Entity entity : facts.entities()) {
            Set<String> seen = aliases.get(entity.id());
            if (seen == null) {
                continue; // only referred to (руската), never named: not in the registry
            }
            RegistryEntry entry = RegistryEntry.seen(entity, List.copyOf(seen), day);
            registry.merge(entity.id(), entry, RegistryEntry::merge);
        }
    }

    /** People of two names or more with this surname, known before this batch or in it. */
    private List<Entity> withSurname(String surname, int limit) {
        Map<String, Entity> found = new LinkedHashMap<>();
        try {
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ENTITY)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(ArchiveSchema.ENTITY_SURNAME, surname)), BooleanClause.Occur.FILTER)
                    .build();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                RegistryEntry committed = RegistryEntry.of(searcher.storedFields().document(hit.doc));
                RegistryEntry pending = registry.get(committed.id());
                // as the next commit will merge them, so that batch boundaries change nothing
                Entity entity = (pending == null ? committed : committed.merge(pending)).entity();
                found.putIfAbsent(entity.id(), entity);
            }
        } catch (IOException e) {
            throw new ArchiveException("cannot read the registry: " + e.getMessage(), e);
        }
        for (RegistryEntry entry : registry.values()) {
            if (found.size() >= limit) {
                break;
            }
            if (entry.type() == EntityType.PER
                    && EntityLinker.surnameKey(entry.entity()).filter(surname::equals).isPresent()) {
                found.putIfAbsent(entry.id(), entry.entity());
            }
        }
        return found.values().stream().limit(limit).toList();
    }

    @Override
    public void commit() {
        try {
            for (RegistryEntry entry : registry.values()) {
                TopDocs top = searcher.search(new TermQuery(new Term(ArchiveSchema.ENTITY_ID, entry.id())), 1);
                RegistryEntry merged = top.scoreDocs.length == 0 ? entry
                        : RegistryEntry.of(searcher.storedFields().document(top.scoreDocs[0].doc)).merge(entry);
                writer.updateDocument(new Term(ArchiveSchema.ENTITY_ID, entry.id()), merged.document());
            }
            writer.commit();
            batch.clear();
            registry.clear();
            DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
            if (newer != null) {
                reader.close();
                reader = newer;
                searcher = new IndexSearcher(reader);
            }
        } catch (IOException e) {
            throw new ArchiveException("cannot commit to the archive: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            commit();
        } finally {
            try {
                reader.close();
                writer.close();
                directory.close();
            } catch (IOException e) {
                throw new ArchiveException("cannot close the archive: " + e.getMessage(), e);
            }
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the failure to open is the one to report
            }
        }
    }
}
