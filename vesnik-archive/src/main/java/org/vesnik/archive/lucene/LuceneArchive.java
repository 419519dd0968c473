package org.vesnik.archive.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.vesnik.archive.ArchiveException;
import org.vesnik.archive.ArchiveIndex;
import org.vesnik.archive.ArticleHit;
import org.vesnik.archive.EntityPage;
import org.vesnik.archive.EntityRequest;
import org.vesnik.archive.NoArchiveException;
import org.vesnik.archive.QuotePage;
import org.vesnik.archive.QuoteRequest;
import org.vesnik.archive.SearchRequest;
import org.vesnik.archive.SearchResult;
import org.vesnik.archive.StoredArticle;

/**
 * The archive in an embedded Lucene index, opened for reading. It takes no lock: it reads the
 * last commit, so it works while an ingest in another process writes, and each call first
 * refreshes to the newest commit ({@link SearcherManager}). Thread-safe.
 */
public final class LuceneArchive implements ArchiveIndex {

    private final Directory directory;
    private final SearcherManager searchers;

    private LuceneArchive(Directory directory, SearcherManager searchers) {
        this.directory = directory;
        this.searchers = searchers;
    }

    /** Opens the archive in {@code dir}; a {@link NoArchiveException} when nothing was ever ingested there. */
    public static LuceneArchive open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new NoArchiveException("no archive at " + dir + " (ingest something first: vesnik ingest SOURCE)");
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new NoArchiveException("no archive at " + dir + " (ingest something first: vesnik ingest SOURCE)");
            }
            return new LuceneArchive(directory, new SearcherManager(directory, new ArchiveSearcher.Factory()));
        } catch (IndexNotFoundException e) {
            close(directory);
            throw new NoArchiveException("no archive at " + dir + " (ingest something first: vesnik ingest SOURCE)");
        } catch (IOException e) {
            close(directory);
            throw new ArchiveException("cannot read the archive at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Work on one view of the archive. */
    private interface Reading<T> {
        T read(ArchiveSearcher searcher) throws IOException;
    }

    private <T> T read(Reading<T> reading) {
        try {
            searchers.maybeRefresh();
            ArchiveSearcher searcher = (ArchiveSearcher) searchers.acquire();
            try {
                return reading.read(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new ArchiveException("cannot read the archive: " + e.getMessage(), e);
        }
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return read(s -> new ArticleSearch(s, new RegistryReader(s)).search(request));
    }

    @Override
    public EntityPage entities(EntityRequest request) {
        return read(s -> new RegistryReader(s).entities(request));
    }

    @Override
    public QuotePage quotes(QuoteRequest request) {
        return read(s -> new QuoteSearch(s, new RegistryReader(s)).quotes(request));
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return read(s -> new ArticleSearch(s, new RegistryReader(s)).article(id));
    }

    @Override
    public List<ArticleHit> similar(String id, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        return read(s -> new ArticleSearch(s, new RegistryReader(s)).similar(id, count));
    }

    @Override
    public long articleCount() {
        return read(s -> new ArticleSearch(s, new RegistryReader(s)).count());
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new ArchiveException("cannot close the archive: " + e.getMessage(), e);
        }
    }

    private static void close(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the failure to open is the one to report
            }
        }
    }
}
